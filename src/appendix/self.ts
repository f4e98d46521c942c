/**
 * The self-assessment vs appraisal sheet (appendix issue, item 5), written only when the sheet
 * has both columns: per unit and component the self score, the appraised score and the
 * difference (self − appraised), one row per unit and component so that it prints on A4 however
 * many components there are; then the criteria that lost the most points over all units.
 */
import type { PlanLabels } from '../i18n/plan';
import { unitComponents } from '../engine/component-table';
import { fromMilli } from '../engine/decimal';
import type { CriterionInfo, ScoreResult, UnitResult } from '../engine/types';
import type { SheetWriter } from './layout';
import { writeAppendixHeading } from './heading';
import { difference, INTEGER_FORMAT, milli, numbersAsText, round, sum, TEXT_FORMAT } from './numbers';
import { componentLabel, groupSections, hasSeveralGroups } from './order';
import type { AppendixPart } from './part';
import { HEADING, printSettings, TEXT } from './styles';
import { writeTable } from './table';
import type { PlanValue } from './types';

/** How many criteria the deductions table lists at most. */
export const TOP_DEDUCTIONS = 10;

const WIDTH = 7;

/** `part`: the group's part of a workbook's appendix (its title names the group), when it has several. */
export function writeSelfSheet(
  w: SheetWriter,
  result: ScoreResult,
  labels: PlanLabels,
  sections = groupSections(result),
  part?: AppendixPart,
): void {
  const tableRow = writeAppendixHeading(w, result, labels, WIDTH, part, labels.selfTitle);

  const body: PlanValue[][] = [];
  const bands: number[] = [];
  const totals: number[] = [];
  /** Body rows of each unit, to merge its STT and name over them. */
  const spans: { first: number; rows: number }[] = [];
  /** Body rows kept on one page: each unit's, with its group's heading before the group's first unit. */
  const kept: { first: number; rows: number }[] = [];
  const several = hasSeveralGroups(result);
  sections.forEach((section, g) => {
    if (several) {
      bands.push(body.length);
      body.push([labels.groupHeading(g + 1, section.group ?? labels.noGroup)]);
    }
    section.units.forEach((u, i) => {
      const first = body.length;
      body.push(...unitRows(u, i + 1, result, labels));
      totals.push(body.length - 1);
      spans.push({ first, rows: body.length - first });
      const from = several && i === 0 ? first - 1 : first;
      kept.push({ first: from, rows: body.length - from });
    });
  });
  const decimals = result.options.decimals;
  numbersAsText(body, { 3: 0, 4: decimals, 5: decimals, 6: decimals }, result.options.lang);
  const box = writeTable(w, {
    row: tableRow,
    header: [[labels.no, labels.unit, labels.component, labels.max, labels.selfScore, labels.appraised, labels.difference]],
    columns: [
      { align: 'center', format: INTEGER_FORMAT, min: 6 },
      { align: 'left', wrap: true, min: 20, max: 35 },
      { align: 'left', wrap: true, min: 25, max: 50 },
      { align: 'center', format: TEXT_FORMAT, min: 9 },
      { align: 'center', format: TEXT_FORMAT, min: 11 },
      { align: 'center', format: TEXT_FORMAT, min: 11 },
      { align: 'center', format: TEXT_FORMAT, min: 11 },
    ],
    body,
    bands,
    emphasis: totals,
  });
  for (const span of spans) {
    w.merge({ row: box.bodyFirst + span.first, col: 0, rows: span.rows, cols: 1 });
    w.merge({ row: box.bodyFirst + span.first, col: 1, rows: span.rows, cols: 1 });
  }
  for (const k of kept) w.keep(box.bodyFirst + k.first, k.rows);
  w.freeze(box.headerLast + 1, 0);
  w.print(printSettings(labels.footer, { first: box.headerFirst, last: box.headerLast }));

  writeDeductions(w, box.next + 1, result, labels);
  w.fitPage();
}

/** One row per component (self, appraised, self − appraised), then the total row. */
function unitRows(u: UnitResult, no: number, result: ScoreResult, labels: PlanLabels): PlanValue[][] {
  const { table, at } = unitComponents(u);
  const rows: PlanValue[][] = result.components.map((c, i) => {
    const k = at + i;
    const self = Number.isNaN(table.selfScore[k]) ? null : table.selfScore[k];
    return [null, null, componentLabel(c), table.max[k], self, table.score[k], self === null ? null : difference(self, table.score[k])];
  });
  const self = selfTotal(u);
  const selfRounded = self === null ? null : round(self, result.options.decimals);
  rows.push([null, null, labels.total, u.max, selfRounded, u.total, selfRounded === null ? null : difference(selfRounded, u.total)]);
  rows[0][0] = no;
  rows[0][1] = u.name;
  return rows;
}

/** The unit's self-assessed total: as read, or the sum of its components' self scores. */
export function selfTotal(u: UnitResult): number | null {
  if (u.selfTotal !== undefined) return u.selfTotal;
  const { table, at } = unitComponents(u);
  const scores: number[] = [];
  for (let k = at; k < at + table.width; k++) {
    if (Number.isNaN(table.selfScore[k])) return null;
    scores.push(table.selfScore[k]);
  }
  return sum(scores);
}

export interface Deduction {
  criterion: number;
  /** Sum over units of the positive differences self − appraised. */
  points: number;
  /** Units whose appraised score is below their self score. */
  units: number;
}

/** Leaf criteria by points lost (self above appraised) over all units, largest first, at most `limit`. */
export function largestDeductions(result: ScoreResult, limit = TOP_DEDUCTIONS): Deduction[] {
  const leaves: number[] = [];
  result.criteria.forEach((criterion, index) => {
    if (criterion.isLeaf) leaves.push(index);
  });
  // Unit by unit (each unit's scores lie together), the points each criterion lost, in
  // thousandths, added up in unit order: the exact sum of the differences.
  const lostMilli = new Float64Array(result.criteria.length);
  const losers = new Int32Array(result.criteria.length);
  for (const u of result.units) {
    const selfScores = u.selfCriterionScores;
    if (selfScores === undefined) continue;
    const appraisedScores = u.criterionScores;
    for (const index of leaves) {
      const self = selfScores[index];
      const appraised = appraisedScores[index];
      // Equal scores lose nothing (most criteria): skip the exact difference.
      if (typeof self !== 'number' || typeof appraised !== 'number' || self === appraised) continue;
      const d = difference(self, appraised);
      if (d <= 0) continue;
      lostMilli[index] += milli(d);
      losers[index] += 1;
    }
  }
  const found: Deduction[] = [];
  for (const index of leaves) if (losers[index] > 0) found.push({ criterion: index, points: fromMilli(lostMilli[index]), units: losers[index] });
  return found.sort((a, b) => b.points - a.points || result.criteria[a.criterion].row - result.criteria[b.criterion].row).slice(0, limit);
}

/** "1.1.2", or "1.1.a" for a lettered sub-criterion. */
export function criterionCode(criteria: readonly CriterionInfo[], index: number): string {
  const c = criteria[index];
  if (/^[a-zđ]\)?$/i.test(c.code) && c.parent >= 0) return `${criteria[c.parent].code}.${c.code.replace(')', '')}`;
  return c.code;
}

function writeDeductions(w: SheetWriter, row: number, result: ScoreResult, labels: PlanLabels): void {
  const width = WIDTH;
  w.put(row, 0, [[labels.deductionsTitle]], 'none');
  w.merge({ row, col: 0, rows: 1, cols: width });
  w.style({ row, col: 0, rows: 1, cols: width }, { ...HEADING, wrap: true });
  w.wrap(row, 0, width, labels.deductionsTitle);
  const deductions = largestDeductions(result);
  // The title, the header and the criteria print on one page.
  w.keep(row, deductions.length === 0 ? 2 : deductions.length + 2);
  if (deductions.length === 0) {
    w.put(row + 1, 0, [[labels.noDeductions]], 'none');
    w.merge({ row: row + 1, col: 0, rows: 1, cols: width });
    w.style({ row: row + 1, col: 0, rows: 1, cols: width }, TEXT);
    return;
  }
  const body: PlanValue[][] = deductions.map((d, i) => {
    const c = result.criteria[d.criterion];
    return [i + 1, criterionCode(result.criteria, d.criterion), c.name, c.max, d.points, d.units];
  });
  numbersAsText(body, { 3: 0, 4: result.options.decimals }, result.options.lang);
  writeTable(w, {
    row: row + 1,
    header: [[labels.no, labels.code, labels.criterion, labels.max, labels.deducted, labels.unitsDeducted]],
    // Same columns as the table above (no width bounds of their own).
    columns: [
      { align: 'center', format: INTEGER_FORMAT },
      { align: 'center', format: TEXT_FORMAT },
      { align: 'left', wrap: true },
      { align: 'center', format: TEXT_FORMAT },
      { align: 'center', format: TEXT_FORMAT },
      { align: 'center', format: INTEGER_FORMAT },
    ],
    body,
  });
}
