/**
 * Numbers in the Word document as their cells show them: the plan's number format codes read for
 * decimals, sign sections and literal text, in the document's convention (decimal comma in
 * Vietnamese, point in English). Expected texts worked out by hand from the codes.
 */
import { cellText, formatCode } from '../../src/docx/number-text';

describe('formatCode', () => {
  it('General and text cells: the decimals the value has, in the language', () => {
    expect(formatCode(13.5, 'General', 'vi')).toBe('13,5');
    expect(formatCode(13.5, 'General', 'en')).toBe('13.5');
    expect(formatCode(71.157, 'General', 'vi')).toBe('71,157');
    expect(formatCode(100, 'General', 'vi')).toBe('100');
    expect(formatCode(4.75, '@', 'vi')).toBe('4,75');
    expect(formatCode(4.75, undefined, 'en')).toBe('4.75');
  });

  it('fixed decimals: padded and rounded half away from zero', () => {
    expect(formatCode(95, '0.00', 'vi')).toBe('95,00');
    expect(formatCode(95, '0.00', 'en')).toBe('95.00');
    // 2.675 is 2.67499… in binary; on paper it rounds to 2,68.
    expect(formatCode(2.675, '0.00', 'vi')).toBe('2,68');
    expect(formatCode(3.5, '0', 'vi')).toBe('4');
    expect(formatCode(85.775, '0.0', 'vi')).toBe('85,8');
  });

  it('optional decimals (#) are shown only when not zero', () => {
    expect(formatCode(1.5, '0.###', 'vi')).toBe('1,5');
    expect(formatCode(2, '0.###', 'vi')).toBe('2');
    expect(formatCode(1.5, '0.0#', 'vi')).toBe('1,5');
    expect(formatCode(1.25, '0.0#', 'vi')).toBe('1,25');
  });

  it('sign sections: positive;negative;zero, each with its own literal text', () => {
    const code = '+0.00;-0.00;0.00';
    expect(formatCode(1.25, code, 'vi')).toBe('+1,25');
    expect(formatCode(-2.5, code, 'vi')).toBe('-2,50');
    expect(formatCode(0, code, 'vi')).toBe('0,00');
    expect(formatCode(-2.5, '0.0;(0.0)', 'en')).toBe('(2.5)');
  });

  it('percent and quoted text', () => {
    expect(formatCode(0.875, '0%', 'vi')).toBe('88%');
    expect(formatCode(0.3125, '0.00%', 'vi')).toBe('31,25%');
    expect(formatCode(11.84, '0.00" điểm"', 'vi')).toBe('11,84 điểm');
    // A 0 inside the quotes is text, not a digit.
    expect(formatCode(7, '"0-"0', 'vi')).toBe('0-7');
  });
});

describe('cellText', () => {
  it('text as it is (never re-formatted), nothing as empty', () => {
    expect(cellText('13.5', '0.00', 'vi')).toBe('13.5');
    expect(cellText('9/15', '@', 'vi')).toBe('9/15');
    expect(cellText(null, '0.00', 'vi')).toBe('');
    expect(cellText(94.25, '0.00', 'vi')).toBe('94,25');
  });
});
