/**
 * A unit's name from the title of its form: "UBND XÃ YÊN LẠC" gives "Xã Yên Lạc". The issuing
 * body ("UBND", "Ủy ban nhân dân") is dropped, the unit type written "Xã", "Phường", "Thị trấn",
 * "Phòng", "Văn phòng", and a name typed in capitals written as names are: each word capitalised
 * for a place (xã, phường, thị trấn), the first word of each part for a phòng ("PHÒNG TÀI CHÍNH -
 * KẾ HOẠCH" gives "Phòng Tài chính - Kế hoạch"); abbreviations ("HĐND") stay in capitals.
 */
import { cellText, fold } from '../engine/text';
import { isSyllable } from './syllable';

const BODY_PREFIXES = ['ubnd ', 'uy ban nhan dan '];
/** Unit types by their folded words, longest first, and how they are written. */
const TYPES: readonly [string, string, 'place' | 'office'][] = [
  ['thi tran', 'Thị trấn', 'place'],
  ['phuong', 'Phường', 'place'],
  ['xa', 'Xã', 'place'],
  ['van phong', 'Văn phòng', 'office'],
  ['phong', 'Phòng', 'office'],
];
/** Words that start a new part of an office's name. */
const PART_BREAKS = new Set(['-', '–', 'và', ',']);

const capitalise = (w: string): string => (w === '' ? w : w[0].toUpperCase() + w.slice(1));

/** The unit a title names, or undefined when it names none ("CỘNG HÒA XÃ HỘI …", "UBND HUYỆN …"). */
export function unitNameFromTitle(title: string): string | undefined {
  let text = cellText(title);
  const f = fold(text);
  const body = BODY_PREFIXES.find((p) => f.startsWith(p));
  let words = text.split(' ');
  if (body) words = words.slice(body.split(' ').length - 1);
  text = words.join(' ');
  const rest = fold(text);
  const type = TYPES.find(([w]) => rest.startsWith(`${w} `));
  if (!type) return undefined;
  const [typeWords, written, kind] = type;
  const name = words.slice(typeWords.split(' ').length).join(' ').split(/\s*,\s*/)[0].trim();
  if (name === '') return undefined;
  // A name typed in capitals is written as names are; one typed otherwise is kept as typed.
  const typedInCapitals = name === name.toUpperCase();
  return `${written} ${typedInCapitals ? (kind === 'place' ? asPlace(name) : asOffice(name)) : name}`;
}

/** "YÊN LẠC" -> "Yên Lạc". */
function asPlace(name: string): string {
  return name.split(' ').map((w) => (isAbbreviation(w) ? w : capitalise(w.toLowerCase()))).join(' ');
}

/** "TÀI CHÍNH - KẾ HOẠCH" -> "Tài chính - Kế hoạch"; "HĐND VÀ UBND" stays "HĐND và UBND". */
function asOffice(name: string): string {
  let startOfPart = true;
  return name.split(' ').map((w) => {
    const lower = w.toLowerCase();
    if (PART_BREAKS.has(lower)) {
      startOfPart = true;
      return lower;
    }
    const out = isAbbreviation(w) ? w : startOfPart ? capitalise(lower) : lower;
    startOfPart = false;
    return out;
  }).join(' ');
}

/** A word of letters that is no syllable ("HĐND", "UBND", "CCHC") is an abbreviation. */
function isAbbreviation(word: string): boolean {
  return word.length >= 2 && /^\p{L}+$/u.test(word) && !isSyllable(word);
}
