/**
 * The per-unit results sheet (appendix issue, item 4): for each unit, in the sheet's order, the
 * lines it publishes ("Cải cách thể chế: đạt 4,75/5 điểm, xếp hạng 2/3 hạng"), the total line,
 * last year's comparison when known, and its components below 75% of their max.
 */
import type { PlanLabels } from '../../i18n/plan';
import type { Lang, ScoreResult, UnitResult } from '../types';
import type { SheetWriter } from './layout';
import { belowThreeQuarters, difference, INTEGER_FORMAT, numberText, signedText } from './numbers';
import { gradeName, hasSeveralGroups } from './order';
import { rankChangeText } from './overall';
import { HEADING, printSettings, TEXT } from './styles';
import { writeSheetTitle } from './table';

const TEXT_COL = 1;

/** A unit's number and its name over its lines (shared by every unit: plan styles are read, never changed). */
const NUMBER_HEADING = { ...HEADING, hAlign: 'center', numberFormat: INTEGER_FORMAT } as const;
const NAME_HEADING = { ...HEADING, wrap: true } as const;

export function writeUnitsSheet(w: SheetWriter, result: ScoreResult, labels: PlanLabels): void {
  writeSheetTitle(w, labels.unitsTitle, 2);
  w.limit(0, 6, 8);
  w.limit(TEXT_COL, 60, 100);

  const several = hasSeveralGroups(result);
  let row = 2;
  const num = numberTexts(result.options.lang);
  result.units.forEach((unit, i) => {
    const title = several && unit.group !== null ? `${unit.name} (${unit.group})` : unit.name;
    w.put(row, 0, [[i + 1, title]], 'none');
    w.style({ row, col: 0, rows: 1, cols: 1 }, NUMBER_HEADING);
    w.style({ row, col: TEXT_COL, rows: 1, cols: 1 }, NAME_HEADING);
    w.wrap(row, TEXT_COL, 1, title);
    row += 1;
    const lines = unitLines(unit, result, labels, num);
    w.put(row, TEXT_COL, lines.map((line) => [line]));
    lines.forEach((line, k) => w.wrap(row + k, TEXT_COL, 1, line));
    w.style({ row, col: TEXT_COL, rows: lines.length, cols: 1 }, TEXT);
    // The heading, its lines and the blank row after them print on one page (a page never starts blank).
    w.keep(row - 1, lines.length + (i < result.units.length - 1 ? 2 : 1));
    row += lines.length + 1;
  });
  w.print(printSettings(labels.footer));
}

/** The lines a unit publishes, in the sheet's language. */
export function unitLines(unit: UnitResult, result: ScoreResult, labels: PlanLabels, num = numberTexts(result.options.lang)): string[] {
  const lang = result.options.lang;
  const lines: string[] = [];
  const weak: string[] = [];
  result.components.forEach((c, i) => {
    const s = unit.components[i];
    if (s.rank === 0) {
      // Not arisen for this unit: neither scored nor weak.
      lines.push(labels.componentNotArisenLine(c.name));
      return;
    }
    lines.push(labels.componentLine(c.name, num(s.score), num(s.max), s.rank, s.rankLevels));
    if (belowThreeQuarters(s.score, s.max)) weak.push(labels.weakItem(c.name, num(s.score), num(s.max), num(s.index)));
  });
  lines.push(
    labels.totalLine({
      score: num(unit.total),
      max: num(unit.max),
      index: num(unit.index),
      rank: unit.rank,
      levels: unit.rankLevels,
      grade: gradeName(unit, lang),
    }),
  );
  if (unit.previous !== undefined) {
    lines.push(
      labels.previousLine({
        rank: unit.previous.rank,
        change: rankChangeText(unit.previous.rank, unit.rank, labels),
        index: num(unit.previous.index),
        indexChange: signedText(difference(unit.index, unit.previous.index), lang),
      }),
    );
  }
  lines.push(weak.length > 0 ? labels.weakLine(weak) : labels.noWeak);
  return lines;
}

/** numberText in `lang`, each value written once (scores and maxima repeat from unit to unit). */
function numberTexts(lang: Lang): (value: number) => string {
  const known = new Map<number, string>();
  return (value) => {
    let text = known.get(value);
    if (text === undefined) {
      text = numberText(value, lang);
      known.set(value, text);
    }
    return text;
  };
}
