/**
 * Text measuring (column widths, row heights): the width classes of characters, widths of texts
 * stated by hand (sums of the classes times SIZE_FACTOR), line counts of wrapped texts worked out
 * by hand, and the laws that hold between the measures.
 */
import fc from 'fast-check';
import {
  charWidth, displayText, fitsOnOneLine, longestLine, NumberWidths, SIZE_FACTOR, singleLineWidth, textWidth, wrappedLines,
} from '../../src/appendix/text-width';

fc.configureGlobal({ seed: 20261123, numRuns: 300 });

/** Widths in class units (space 0.5, digit 0.92, narrow 0.55, capital 1.25, other 0.85), as measured. */
const units = (classSum: number): number => classSum * SIZE_FACTOR;
const VIETNAMESE = 'aăâbcdđeêghiklmnoôơpqrstuưvxyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ';
const SAMPLE = `${VIETNAMESE}${VIETNAMESE.toUpperCase()}0123456789 .,:;'!|il()/-+%&"?«»–—…\n\tÀÉÎÕÜßÿ€`;

describe('character widths', () => {
  test('every code unit of the Basic Multilingual Plane has one of the five class widths', () => {
    const classes = new Set([0.5, 0.92, 0.55, 1.25, 0.85]);
    const odd: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (!classes.has(charWidth(String.fromCharCode(code)))) odd.push(code);
    expect(odd).toEqual([]);
  });

  test('Vietnamese letters, Latin-1, digits and punctuation keep their classes', () => {
    expect(charWidth(' ')).toBe(0.5);
    for (const ch of '0123456789') expect(charWidth(ch)).toBe(0.92);
    for (const ch of ".,:;'!|il()/-") expect(charWidth(ch)).toBe(0.55);
    for (const ch of VIETNAMESE.toUpperCase()) expect(charWidth(ch)).toBe(1.25);
    for (const ch of VIETNAMESE.replace(/[il]/g, '')) expect(charWidth(ch)).toBe(0.85);
    for (const ch of 'ÀÉÎÕÜ') expect(charWidth(ch)).toBe(1.25);
    for (const ch of 'ßÿ€«»–—…%&"?+\t') expect(charWidth(ch)).toBe(0.85);
  });

  test('a character outside the Basic Multilingual Plane is measured as one code point, a lone surrogate as itself', () => {
    expect(textWidth('𐐀')).toBeCloseTo(units(1.25), 12); // Deseret capital: its lower case differs
    expect(textWidth('𐐨')).toBeCloseTo(units(0.85), 12);
    expect(textWidth('😀')).toBeCloseTo(units(0.85), 12);
    expect(textWidth('A😀b')).toBeCloseTo(units(1.25 + 0.85 + 0.85), 12);
    expect(textWidth('\ud800')).toBeCloseTo(units(0.85), 12);
    expect(textWidth('x\udc00y')).toBeCloseTo(units(3 * 0.85), 12);
    expect(textWidth('𝐀𝐁')).toBeCloseTo(units(2 * 0.85), 12); // mathematical bold: no lower case
  });
});

describe('texts', () => {
  test('widths stated by hand', () => {
    expect(textWidth('')).toBe(0);
    expect(textWidth('Xã An Bình')).toBeCloseTo(units(1.25 + 0.85 + 0.5 + 1.25 + 0.85 + 0.5 + 1.25 + 3 * 0.85), 12);
    // T ổ n g : space 8 4 , 5 / 1 0 0
    expect(textWidth('Tổng: 84,5/100')).toBeCloseTo(units(1.25 + 3 * 0.85 + 0.55 + 0.5 + 6 * 0.92 + 2 * 0.55), 12);
    expect(longestLine('Xã\nAn Bình')).toBeCloseTo(units(1.25 + 0.85 + 0.5 + 1.25 + 3 * 0.85), 12);
    expect(longestLine('')).toBe(0);
    expect(singleLineWidth('Xã An')).toBe(textWidth('Xã An'));
    expect(singleLineWidth('a\nb')).toBe(-1);
  });

  const text = fc.string({ unit: fc.constantFrom(...SAMPLE, '😀', '\ud800', ' ', ' ', '\n'), maxLength: 120 });
  const line = fc.string({ unit: fc.constantFrom(...SAMPLE.replace('\n', ''), '😀', ' ', ' '), maxLength: 60 });

  test('widths add up, and the widest line of a text is its widest paragraph', () => {
    fc.assert(
      fc.property(line, line, (a, b) => {
        expect(textWidth(a + b)).toBeCloseTo(textWidth(a) + textWidth(b), 9);
      }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(longestLine(t)).toBeCloseTo(Math.max(...t.split('\n').map(textWidth)), 9);
      }),
    );
  });

  test('wrapped line counts worked out by hand', () => {
    // "Xã An Bình": Xã 2.1, An 2.1, Bình 3.8 class units, a space 0.5; the room is the width less 1.
    expect(wrappedLines('Xã An Bình', 20)).toBe(1);
    expect(wrappedLines('Xã An Bình', 7)).toBe(2); // "Xã An" 4.7 units fits in 6, "Bình" does not follow it
    // One word of 8 capitals (10 class units, 10.64 wide) in a room of 4: three lines.
    expect(wrappedLines('XXXXXXXX', 5)).toBe(3);
    expect(wrappedLines('', 40)).toBe(1);
    expect(wrappedLines('a\n\nb', 40)).toBe(3);
    expect(wrappedLines('Xã\nAn Bình', 40)).toBe(2);
  });

  test('a text with room for its widest paragraph takes one line per paragraph', () => {
    fc.assert(
      fc.property(text, fc.double({ min: 0, max: 10, noNaN: true }), (t, spare) => {
        expect(wrappedLines(t, longestLine(t) + 1 + 1e-6 + spare)).toBe(t.split('\n').length);
      }),
    );
  });

  test('a text known to fit on one line wraps to one line, whatever its spaces', () => {
    const oneLine = fc.string({ unit: fc.constantFrom(...SAMPLE.replace('\n', ''), ' ', ' ', ' '), maxLength: 120 });
    fc.assert(
      fc.property(oneLine, fc.double({ min: 0, max: 120, noNaN: true }), (t, width) => {
        expect(singleLineWidth(t)).toBe(textWidth(t));
        if (fitsOnOneLine(textWidth(t), width)) expect(wrappedLines(t, width)).toBe(1);
      }),
    );
    // At the edge: a text as wide as the room exactly is not taken for fitting, and still wraps to one line.
    const edge = 'Xã Số 00001';
    expect(fitsOnOneLine(textWidth(edge), textWidth(edge) + 1)).toBe(false);
    expect(wrappedLines(edge, textWidth(edge) + 1)).toBe(1);
    expect(singleLineWidth('a\nb')).toBe(-1);
  });

});

describe('numbers', () => {
  test('a number is as wide as its text under its format, however many numbers were measured before', () => {
    // Values in thousandths, and the same plus 0.512 or 1.024 (they share a slot of the table of recent values).
    const value = fc.oneof(
      fc.integer({ min: -2000000, max: 2000000 }).map((m) => m / 1000),
      fc.constantFrom(0, -0, 0.512, 1.024, 100.25, 1e21, -1e-7, Infinity, NaN),
    );
    const format = fc.constantFrom(undefined, 'General', '0', '0.00', '0.000', '+0.00;-0.00;0.00', '@');
    const values = fc.array(fc.tuple(value, fc.constantFrom(0, 0.512, 1.024), format), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(values, (cells) => {
        const widths = new NumberWidths();
        for (const [v, shift, f] of cells) {
          for (const x of [v, v + shift, v]) expect(widths.width(x, f)).toBe(longestLine(displayText(x, f)));
        }
      }),
    );
  });
});
