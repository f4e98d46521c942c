/** Roman numeral of 1..3999, for group headings and appendix numbers (I, II, III ... XL ...). */
export function roman(n: number): string {
  const parts: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'],
    [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, text] of parts) {
    while (rest >= value) {
      out += text;
      rest -= value;
    }
  }
  return out;
}
