/**
 * The per-unit results sheet (appendix issue, item 4): for each unit, in the sheet's order, the
 * lines it publishes ("Cải cách thể chế: đạt 4,75/5 điểm, xếp hạng 2/3 hạng"), the total line,
 * last year's comparison when known, and its components below 75% of their max.
 */
import type { PlanLabels } from '../i18n/plan';
import type { ScoreResult } from '../engine/types';
import type { SheetWriter } from './layout';
import { writeAppendixHeading, writeRankNote } from './heading';
import { INTEGER_FORMAT } from './numbers';
import { hasSeveralGroups } from './order';
import type { AppendixPart } from './part';
import { HEADING, printSettings, TEXT } from './styles';
import { UnitLineWriter } from './unit-lines';

const TEXT_COL = 1;

/** A unit's number and its name over its lines (shared by every unit: plan styles are read, never changed). */
const NUMBER_HEADING = { ...HEADING, hAlign: 'center', numberFormat: INTEGER_FORMAT } as const;
const NAME_HEADING = { ...HEADING, wrap: true } as const;

/** `part`: the group's part of a workbook's appendix (its title names the group), when it has several. */
export function writeUnitsSheet(w: SheetWriter, result: ScoreResult, labels: PlanLabels, part?: AppendixPart): void {
  let row = writeAppendixHeading(w, result, labels, 2, part, labels.unitsTitle);
  w.limit(0, 6, 8);
  w.limit(TEXT_COL, 60, 100);
  // The ranks in the lines ("xếp hạng 9/19 hạng") are explained once, under the heading.
  row = writeRankNote(w, row, 2, result, labels) + 1;

  const several = hasSeveralGroups(result);
  const unitLines = new UnitLineWriter(result, labels);
  result.units.forEach((unit, i) => {
    const title = several && unit.group !== null ? `${unit.name} (${unit.group})` : unit.name;
    w.put(row, 0, [[i + 1, title]], 'none');
    w.style({ row, col: 0, rows: 1, cols: 1 }, NUMBER_HEADING);
    w.style({ row, col: TEXT_COL, rows: 1, cols: 1 }, NAME_HEADING);
    w.wrap(row, TEXT_COL, 1, title);
    row += 1;
    const lines = unitLines.linesOf(unit);
    const count = lines.texts.length;
    w.putLines(row, TEXT_COL, lines.texts, lines.widths);
    w.style({ row, col: TEXT_COL, rows: count, cols: 1 }, TEXT);
    // The heading, its lines and the blank row after them print on one page (a page never starts blank).
    w.keep(row - 1, count + (i < result.units.length - 1 ? 2 : 1));
    row += count + 1;
  });
  w.print(printSettings(labels.footer));
  w.fitPage([TEXT_COL]);
}
