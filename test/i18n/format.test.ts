/** Numbers as people read them: one separator per language, whatever the machine; exact decimals. */
import { decimalsOf, formatFixed, formatNumber } from '../../src/i18n/format';

describe('formatFixed: a fixed number of decimals, the language\'s separator', () => {
  test('Vietnamese comma, English point, padded to the decimals', () => {
    expect(formatFixed(95, 2, 'vi')).toBe('95,00');
    expect(formatFixed(95, 2, 'en')).toBe('95.00');
    expect(formatFixed(13.5, 2, 'vi')).toBe('13,50');
    expect(formatFixed(18.5, 1, 'vi')).toBe('18,5');
    expect(formatFixed(100, 0, 'vi')).toBe('100');
    expect(formatFixed(0.05, 3, 'en')).toBe('0.050');
  });

  test('half away from zero on the published thousandths (2.675 is 2.67499… as a double)', () => {
    expect(formatFixed(2.675, 2, 'en')).toBe('2.68');
    expect(formatFixed(-2.675, 2, 'vi')).toBe('-2,68');
    expect(formatFixed(87.745, 2, 'vi')).toBe('87,75');
    expect(formatFixed(0.1 + 0.2, 2, 'vi')).toBe('0,30');
    expect(formatFixed(-0.004, 2, 'vi')).toBe('0,00');
  });

  test('no thousands separator, however the machine groups digits', () => {
    expect(formatFixed(12345.5, 2, 'vi')).toBe('12345,50');
    expect(formatFixed(12345.5, 2, 'en')).toBe('12345.50');
  });
});

describe('formatNumber: the decimals a value has', () => {
  test('no padding zeros', () => {
    expect(formatNumber(15, 'vi')).toBe('15');
    expect(formatNumber(18.5, 'vi')).toBe('18,5');
    expect(formatNumber(4.75, 'en')).toBe('4.75');
    expect(formatNumber(0.125, 'vi')).toBe('0,125');
    expect(formatNumber(-0.5, 'vi')).toBe('-0,5');
    expect(formatNumber(1.23456, 'vi', 2)).toBe('1,23');
  });

  test('absurd values are still text', () => {
    expect(formatNumber(1e306, 'vi')).toBe('1e+306');
    expect(formatNumber(Number.NaN, 'vi')).toBe('NaN');
  });
});

test('decimalsOf: what a published value needs', () => {
  expect([15, 18.5, 4.75, 0.125, 71.157, 0.1 + 0.2].map(decimalsOf)).toEqual([0, 1, 2, 3, 3, 1]);
});
