/**
 * How Vietnamese a text reads: each word with a letter outside ASCII counts +1 when it is a
 * well-formed Vietnamese syllable and −1 when it is not. Decoding old-encoding text turns
 * "§iÓm" (−1) into "Điểm" (+1), while Unicode Vietnamese already scores its best, so comparing
 * the scores of a cell before and after decoding says whether it was typed in that encoding.
 */

const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const ACUTE = '\u0301';
const DOT = '\u0323';

/** Vowel nuclei of Vietnamese syllables (after the onset "qu" or "gi" where that applies). */
const NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'oo',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê',
  'iêu', 'yêu', 'oai', 'oay', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyê', 'uyu',
];
const SYLLABLE = new RegExp(
  `^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(${[...NUCLEI].sort((a, b) => b.length - a.length).join('|')})(ch|ng|nh|[cmnpt])?$`,
);
const STOP_FINAL = /^(c|ch|p|t)$/;

/** True for a well-formed Vietnamese syllable ("Điểm", "nghĩa", "UBND" is not one: it has no vowel). */
export function isSyllable(word: string): boolean {
  let tone = '';
  let base = '';
  for (const ch of word.toLowerCase().normalize('NFD')) {
    if (TONES.has(ch)) {
      if (tone !== '') return false;
      tone = ch;
    } else base += ch;
  }
  const m = SYLLABLE.exec(base.normalize('NFC'));
  if (!m) return false;
  // A syllable ending in p, t, c or ch takes only the sắc or nặng tone.
  return m[3] === undefined || !STOP_FINAL.test(m[3]) || tone === ACUTE || tone === DOT;
}

/** Word breaks: white space, ASCII digits and punctuation (the old encodings use only bytes above 0x7F for letters). */
const BREAKS = /[\s\u00a0\d!-/:-@[-`{-~]+/;
const NON_ASCII = /[\u0080-\uffff]/;

/** +1 per well-formed word with a letter outside ASCII, −1 per other such word; ASCII words count 0. */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const word of text.split(BREAKS)) {
    if (word === '' || !NON_ASCII.test(word)) continue;
    score += isSyllable(word) ? 1 : -1;
  }
  return score;
}
