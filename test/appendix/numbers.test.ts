import { belowThreeQuarters, difference, fixedFormat, mean, numberText, signedFormat, signedText } from '../../src/appendix/numbers';

describe('numbers of the result sheets', () => {
  test('numbers in a sentence: decimal comma in Vietnamese, no padding zeros', () => {
    expect(numberText(11.84, 'vi')).toBe('11,84');
    expect(numberText(4.75, 'vi')).toBe('4,75');
    expect(numberText(15, 'vi')).toBe('15');
    expect(numberText(87.7, 'vi')).toBe('87,7');
    expect(numberText(0.125, 'vi')).toBe('0,125');
    expect(numberText(4.75, 'en')).toBe('4.75');
    expect(numberText(-2.25, 'vi')).toBe('-2,25');
    expect(signedText(10, 'vi')).toBe('+10');
    expect(signedText(0, 'vi')).toBe('0');
  });

  test('exact means and differences, rounded half-up', () => {
    expect(mean([0.1, 0.2], 2)).toBe(0.15);
    expect(mean([87.75, 87.75, 86.5, 92, 87.75, 69.75], 2)).toBe(85.25);
    expect(mean([1, 2, 2], 2)).toBe(1.67);
    expect(mean([0.005, 0.01], 2)).toBe(0.01); // 0.0075 -> 0.01
    expect(mean([], 2)).toBeNull();
    expect(difference(0.3, 0.1)).toBe(0.2);
    expect(difference(4.25, 5)).toBe(-0.75);
  });

  test('below 75% of the max, exactly', () => {
    expect(belowThreeQuarters(11.25, 15)).toBe(false);
    expect(belowThreeQuarters(11.249, 15)).toBe(true);
    expect(belowThreeQuarters(3.75, 5)).toBe(false);
  });

  test('format codes', () => {
    expect(fixedFormat(2)).toBe('0.00');
    expect(fixedFormat(0)).toBe('0');
    expect(signedFormat(1)).toBe('+0.0;-0.0;0.0');
  });
});
