/**
 * Grade bands as the reviewer edits them: a Vietnamese name and a minimum index (%) per band, from
 * the highest band down. Checking never throws: every field gets its own problems, and the bands
 * are given back only when there is none.
 */
import { DEFAULT_GRADE_BANDS, type GradeBand } from '../engine/types';

export interface BandEntry {
  name: string;
  /** NaN when the text typed is not a number. */
  min: number;
}

export type BandProblem =
  | { field: 'name'; code: 'empty' }
  /** Same name as the band at `first` (0-based), which comes earlier. */
  | { field: 'name'; code: 'duplicate'; first: number }
  | { field: 'min'; code: 'not-number' }
  | { field: 'min'; code: 'out-of-range' }
  /** Not below the minimum of the band at `above` (0-based), named `aboveName`. */
  | { field: 'min'; code: 'not-decreasing'; above: number; aboveName: string; aboveMin: number };

export interface BandCheck {
  /** One list per band, empty when the band is right. */
  problems: BandProblem[][];
  /** The bands to use, when every field is right. */
  bands?: GradeBand[];
}

/** "82,5" and "82.5" are 82.5; an empty or non-numeric text is NaN. */
export function parseMin(text: string): number {
  const normalised = text.trim().replace(',', '.');
  return normalised === '' || !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(normalised) ? NaN : Number(normalised);
}

const nameKey = (name: string) => name.trim().normalize('NFC').toLocaleLowerCase('vi');

/**
 * The English name of a band: the published one when the Vietnamese name is a published name
 * ("Tốt" is "Good"); otherwise there is no translation to give, so the name as typed.
 */
export function englishName(name: string): string {
  const known = DEFAULT_GRADE_BANDS.find((b) => nameKey(b.name) === nameKey(name));
  return known ? known.nameEn : name.trim();
}

export function checkBands(entries: readonly BandEntry[]): BandCheck {
  const problems: BandProblem[][] = entries.map(() => []);
  entries.forEach((entry, i) => {
    const key = nameKey(entry.name);
    if (key === '') problems[i].push({ field: 'name', code: 'empty' });
    else {
      const first = entries.findIndex((e) => nameKey(e.name) === key);
      if (first < i) problems[i].push({ field: 'name', code: 'duplicate', first });
    }
    if (!Number.isFinite(entry.min)) problems[i].push({ field: 'min', code: 'not-number' });
    else if (entry.min < 0 || entry.min > 100) problems[i].push({ field: 'min', code: 'out-of-range' });
    else if (i > 0) {
      // Compared with the nearest band above whose minimum makes sense, so one typo gives one message.
      let above = i - 1;
      while (above >= 0 && !(Number.isFinite(entries[above].min) && entries[above].min >= 0 && entries[above].min <= 100)) above--;
      if (above >= 0 && entry.min >= entries[above].min) {
        const { name, min } = entries[above];
        problems[i].push({ field: 'min', code: 'not-decreasing', above, aboveName: name.trim(), aboveMin: min });
      }
    }
  });
  if (problems.some((p) => p.length > 0)) return { problems };
  const bands = entries.map((e) => ({ name: e.name.trim(), nameEn: englishName(e.name), min: e.min }));
  return { problems, bands };
}
