/** Roman numeral of 1..39, for group headings (I, II, III ...). */
export function roman(n: number): string {
  const parts: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
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
