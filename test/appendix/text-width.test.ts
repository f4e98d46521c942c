/**
 * Text measuring (column widths, row heights) gives exactly the widths and line counts of the
 * plain character-by-character measure it replaced: every width is the same double, so the fitted
 * widths and heights of the result sheets cannot move by a rounding step.
 */
import fc from 'fast-check';
import { charWidth, displayText, fitsOnOneLine, longestLine, NumberWidths, singleLineWidth, textWidth, wrappedLines } from '../../src/appendix/text-width';

fc.configureGlobal({ seed: 20261123, numRuns: 300 });

// The plain measure, as it was before the width table: two regular expressions and a lower case per character.
const FACTOR = (13 / 11) * 0.9;

function plainCharWidth(ch: string): number {
  if (ch === ' ') return 0.5;
  if (/[0-9]/.test(ch)) return 0.92;
  if (/[.,:;'!|il()/-]/.test(ch)) return 0.55;
  if (ch !== ch.toLowerCase()) return 1.25;
  return 0.85;
}

function plainTextWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += plainCharWidth(ch);
  return w * FACTOR;
}

function plainLongestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map(plainTextWidth));
}

function plainWrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines += 1;
    for (const word of paragraph.split(' ').filter((x) => x.length > 0)) {
      const w = plainTextWidth(word);
      const needed = line === 0 ? w : line + plainTextWidth(' ') + w;
      if (needed <= room || line === 0) {
        line = line === 0 ? w : needed;
        if (line > room) {
          lines += Math.ceil(line / room) - 1;
          line = line % room;
        }
      } else {
        lines += 1;
        line = w;
      }
    }
  }
  return lines;
}

const VIETNAMESE = 'aăâbcdđeêghiklmnoôơpqrstuưvxyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ';
const SAMPLE = `${VIETNAMESE}${VIETNAMESE.toUpperCase()}0123456789 .,:;'!|il()/-+%&"?«»–—…\n\tÀÉÎÕÜßÿ€`;

describe('character widths', () => {
  test('the table gives the plain width for every code unit of the Basic Multilingual Plane', () => {
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (textWidth(ch) !== plainTextWidth(ch) || textWidth(ch + ch) !== plainTextWidth(ch + ch)) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  test('Vietnamese letters, Latin-1, digits and punctuation keep their classes', () => {
    expect(charWidth(' ')).toBe(0.5);
    for (const ch of '0123456789') expect(charWidth(ch)).toBe(0.92);
    for (const ch of ".,:;'!|il()/-") expect(charWidth(ch)).toBe(0.55);
    for (const ch of VIETNAMESE.toUpperCase()) expect(charWidth(ch)).toBe(1.25);
    for (const ch of VIETNAMESE.replace(/[il]/g, '')) expect(charWidth(ch)).toBe(0.85);
    for (let code = 0xa0; code <= 0xff; code++) expect(charWidth(String.fromCharCode(code))).toBe(plainCharWidth(String.fromCharCode(code)));
  });

  test('a character outside the Basic Multilingual Plane is measured as one code point, a lone surrogate as itself', () => {
    for (const text of ['𐐀', '𐐨', '😀', 'A😀b', '\ud800', 'x\udc00y', '\ud800\ud800', '𝐀𝐁']) {
      expect(textWidth(text)).toBe(plainTextWidth(text));
      expect(longestLine(text)).toBe(plainLongestLine(text));
    }
  });
});

describe('texts', () => {
  const text = fc.string({ unit: fc.constantFrom(...SAMPLE, '😀', '\ud800', ' ', ' ', '\n'), maxLength: 120 });

  test('width and widest line are the plain ones, to the last bit', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 })), (t) => {
        expect(textWidth(t)).toBe(plainTextWidth(t));
        expect(longestLine(t)).toBe(plainLongestLine(t));
      }),
    );
  });

  test('wrapped lines are the plain count at every cell width, narrow or wide', () => {
    fc.assert(
      fc.property(text, fc.double({ min: 0, max: 120, noNaN: true }), (t, width) => {
        expect(wrappedLines(t, width)).toBe(plainWrappedLines(t, width));
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

  test('a unit line of the per-unit sheet wraps as before', () => {
    const line = 'Cải cách thể chế: đạt 4,75/5 điểm, xếp hạng 2/3 hạng; chỉ số 95%.\nTổng: 84,5/100 điểm, xếp hạng 12/10000.';
    for (const width of [5, 20, 40, 60.5, 100]) expect(wrappedLines(line, width)).toBe(plainWrappedLines(line, width));
    expect(wrappedLines('', 40)).toBe(1);
    expect(wrappedLines('a\n\nb', 40)).toBe(3);
    expect(longestLine('')).toBe(0);
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
