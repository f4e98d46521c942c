/**
 * The self-assessment vs appraisal sheet (appendix issue, item 5), written only when the sheet
 * has both columns: per unit and component the self score, the appraised score and the
 * difference (self − appraised); then the criteria that lost the most points over all units.
 */
import type { PlanLabels } from '../../i18n/plan';
import type { CellBox } from '../grid';
import type { CriterionInfo, ScoreResult, UnitResult } from '../types';
import type { SheetWriter } from './layout';
import { difference, fixedFormat, INTEGER_FORMAT, numberText, round, SCORE_FORMAT, sum, TEXT_FORMAT } from './numbers';
import { componentLabel, groupSections, hasSeveralGroups } from './order';
import { HEADING, printSettings, TEXT, TITLE } from './styles';
import { type Column, writeTable } from './table';
import type { PlanValue } from './types';

/** How many criteria the deductions table lists at most. */
export const TOP_DEDUCTIONS = 10;

export function writeSelfSheet(w: SheetWriter, result: ScoreResult, labels: PlanLabels): void {
  const lang = result.options.lang;
  const decimals = result.options.decimals;
  const width = 2 + 3 * (result.components.length + 1);
  w.put(0, 0, [[labels.selfTitle]], 'none');
  w.merge({ row: 0, col: 0, rows: 1, cols: width });
  w.style({ row: 0, col: 0, rows: 1, cols: width }, TITLE);
  w.wrap(0, 0, width, labels.selfTitle);

  const top: PlanValue[] = [labels.no, labels.unit];
  const sub: PlanValue[] = [null, null];
  const merges: CellBox[] = [
    { row: 0, col: 0, rows: 2, cols: 1 },
    { row: 0, col: 1, rows: 2, cols: 1 },
  ];
  const groupTitles = [
    ...result.components.map((c) => `${componentLabel(c)}\n(${labels.componentMax(numberText(c.max, lang))})`),
    labels.totalWithMax(numberText(result.maxTotal, lang)),
  ];
  groupTitles.forEach((title, i) => {
    top.push(title, null, null);
    sub.push(labels.selfScore, labels.appraised, labels.difference);
    merges.push({ row: 0, col: 2 + 3 * i, rows: 1, cols: 3 });
  });
  const columns: Column[] = [
    { align: 'center', format: INTEGER_FORMAT, min: 6 },
    { align: 'left', wrap: true, min: 20, max: 35 },
  ];
  result.components.forEach(() => columns.push(...scoreColumns(SCORE_FORMAT)));
  columns.push(...scoreColumns(fixedFormat(decimals)));

  const body: PlanValue[][] = [];
  const bands: number[] = [];
  const several = hasSeveralGroups(result);
  groupSections(result).forEach((section, g) => {
    if (several) {
      bands.push(body.length);
      body.push([labels.groupHeading(g + 1, section.group ?? labels.noGroup)]);
    }
    section.units.forEach((u, i) => body.push(unitRow(u, i + 1, decimals)));
  });
  const box = writeTable(w, { row: 2, header: [top, sub], headerMerges: merges, columns, body, bands });
  w.freeze(box.headerLast + 1, 2);
  w.print(printSettings(labels.footer, { first: box.headerFirst, last: box.headerLast }));

  writeDeductions(w, box.next + 1, result, labels, width);
}

function scoreColumns(format: string): Column[] {
  return [
    { align: 'center', format, min: 9 },
    { align: 'center', format, min: 9 },
    { align: 'center', format, min: 9 },
  ];
}

function unitRow(u: UnitResult, no: number, decimals: number): PlanValue[] {
  const line: PlanValue[] = [no, u.name];
  for (const c of u.components) {
    line.push(c.selfScore ?? null, c.score, c.selfScore === undefined ? null : difference(c.selfScore, c.score));
  }
  const self = selfTotal(u);
  const selfRounded = self === null ? null : round(self, decimals);
  line.push(selfRounded, u.total, selfRounded === null ? null : difference(selfRounded, u.total));
  return line;
}

/** The unit's self-assessed total: as read, or the sum of its components' self scores. */
export function selfTotal(u: UnitResult): number | null {
  if (u.selfTotal !== undefined) return u.selfTotal;
  const scores = u.components.map((c) => c.selfScore);
  return scores.every((s): s is number => s !== undefined) ? sum(scores) : null;
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
  const found: Deduction[] = [];
  result.criteria.forEach((criterion, index) => {
    if (!criterion.isLeaf) return;
    const lost: number[] = [];
    for (const u of result.units) {
      const self = u.selfCriterionScores?.[index];
      const appraised = u.criterionScores[index];
      if (typeof self !== 'number' || typeof appraised !== 'number') continue;
      const d = difference(self, appraised);
      if (d > 0) lost.push(d);
    }
    if (lost.length > 0) found.push({ criterion: index, points: sum(lost), units: lost.length });
  });
  return found.sort((a, b) => b.points - a.points || result.criteria[a.criterion].row - result.criteria[b.criterion].row).slice(0, limit);
}

/** "1.1.2", or "1.1.a" for a lettered sub-criterion. */
export function criterionCode(criteria: readonly CriterionInfo[], index: number): string {
  const c = criteria[index];
  if (/^[a-zđ]\)?$/i.test(c.code) && c.parent >= 0) return `${criteria[c.parent].code}.${c.code.replace(')', '')}`;
  return c.code;
}

function writeDeductions(w: SheetWriter, row: number, result: ScoreResult, labels: PlanLabels, width: number): void {
  w.put(row, 0, [[labels.deductionsTitle]], 'none');
  w.merge({ row, col: 0, rows: 1, cols: width });
  w.style({ row, col: 0, rows: 1, cols: width }, { ...HEADING, wrap: true });
  w.wrap(row, 0, width, labels.deductionsTitle);
  const deductions = largestDeductions(result);
  if (deductions.length === 0) {
    w.put(row + 1, 0, [[labels.noDeductions]], 'none');
    w.merge({ row: row + 1, col: 0, rows: 1, cols: width });
    w.style({ row: row + 1, col: 0, rows: 1, cols: width }, TEXT);
    return;
  }
  writeTable(w, {
    row: row + 1,
    header: [[labels.code, labels.criterion, labels.max, labels.deducted, labels.unitsDeducted]],
    columns: [
      { align: 'center', format: TEXT_FORMAT, min: 6 },
      { align: 'left', wrap: true, min: 20, max: 35 },
      { align: 'center', format: SCORE_FORMAT, min: 9 },
      { align: 'center', format: SCORE_FORMAT, min: 9 },
      { align: 'center', format: INTEGER_FORMAT, min: 9 },
    ],
    body: deductions.map((d) => {
      const c = result.criteria[d.criterion];
      return [criterionCode(result.criteria, d.criterion), c.name, c.max, d.points, d.units];
    }),
  });
}
