/**
 * The per-component ranking sheet (appendix issue, item 2): one row per unit in overall rank
 * order; for every component its score and its rank as "r/L"; the total and the overall rank
 * last. Two header rows: the component (code, name, max) merged over "Điểm" | "Hạng".
 */
import type { PlanLabels } from '../i18n/plan';
import type { CellBox } from '../engine/grid';
import { unitComponents } from '../engine/component-table';
import type { ScoreResult, UnitResult } from '../engine/types';
import type { SheetWriter } from './layout';
import type { Lang } from '../engine/types';
import { HEADING_ROWS, writeAppendixHeading, writeRankNote } from './heading';
import { columnDecimals, fixedTexts, INTEGER_FORMAT, numberText, TEXT_FORMAT } from './numbers';
import { componentLabel, groupSections, hasSeveralGroups, rankText } from './order';
import type { AppendixPart } from './part';
import { printSettings } from './styles';
import { type Column, writeTable } from './table';
import type { PlanValue } from './types';

/** Row of the first header row (under the appendix heading). */
export const COMPONENTS_HEADER_ROW = HEADING_ROWS;

/** `part`: the group's part of a workbook's appendix (its title names the group), when it has several. */
export function writeComponentsSheet(
  w: SheetWriter,
  result: ScoreResult,
  labels: PlanLabels,
  sections = groupSections(result),
  part?: AppendixPart,
): void {
  const lang = result.options.lang;
  const n = result.components.length;
  const width = 2 + 2 * n + 2;

  writeAppendixHeading(w, result, labels, width, part, labels.componentsTitle);

  const top: PlanValue[] = [labels.no, labels.unit];
  const sub: PlanValue[] = [null, null];
  const merges: CellBox[] = [
    { row: 0, col: 0, rows: 2, cols: 1 },
    { row: 0, col: 1, rows: 2, cols: 1 },
  ];
  result.components.forEach((c, i) => {
    top.push(`${componentLabel(c)}\n(${labels.componentMax(numberText(c.max, lang))})`, null);
    sub.push(labels.scoreShort, labels.rankShort);
    merges.push({ row: 0, col: 2 + 2 * i, rows: 1, cols: 2 });
  });
  top.push(labels.totalWithMax(numberText(result.maxTotal, lang)), labels.overallRank);
  sub.push(null, null);
  merges.push({ row: 0, col: width - 2, rows: 2, cols: 1 }, { row: 0, col: width - 1, rows: 2, cols: 1 });

  const columns: Column[] = [
    { align: 'center', format: INTEGER_FORMAT, min: 6 },
    { align: 'left', wrap: true, min: 20, max: 35 },
  ];
  for (let i = 0; i < n; i++) {
    columns.push({ align: 'center', format: TEXT_FORMAT, min: 7 }, { align: 'center', format: TEXT_FORMAT, min: 7 });
  }
  columns.push({ align: 'center', format: TEXT_FORMAT, min: 10 }, { align: 'center', format: TEXT_FORMAT, min: 10 });
  const figures = scoreFigures(result);

  const body: PlanValue[][] = [];
  const bands: number[] = [];
  const ranks = rankTexts();
  const several = hasSeveralGroups(result);
  sections.forEach((section, g) => {
    if (several) {
      bands.push(body.length);
      body.push([labels.groupHeading(g + 1, section.group ?? labels.noGroup)]);
    }
    section.units.forEach((u, i) => body.push(unitRow(u, i + 1, ranks, figures)));
  });

  const box = writeTable(w, { row: COMPONENTS_HEADER_ROW, header: [top, sub], headerMerges: merges, columns, body, bands });
  writeRankNote(w, box.next, width, result, labels);
  w.freeze(box.headerLast + 1, 2);
  w.print(printSettings(labels.footer, { first: box.headerFirst, last: box.headerLast }));
  w.fitPage();
}

/** The text of each component's scores (one decimals per column: the published decimals, more if a score has more) and of totals. */
interface ScoreFigures {
  component: ((score: number) => string)[];
  total: (total: number) => string;
}

function scoreFigures(result: ScoreResult): ScoreFigures {
  const lang: Lang = result.options.lang;
  const least = result.options.decimals;
  const component = result.components.map((_, i) => {
    const text = fixedTexts(columnDecimals(result.units.map((u) => unitScore(u, i)), least), lang);
    return (score: number): string => text(score) ?? '';
  });
  const total = fixedTexts(least, lang);
  return { component, total: (t) => total(t) ?? '' };
}

function unitScore(u: UnitResult, i: number): number {
  const { table, at } = unitComponents(u);
  return table.score[at + i];
}

function unitRow(u: UnitResult, no: number, rankOf: (rank: number, levels: number) => string, figures: ScoreFigures): PlanValue[] {
  const { table, at } = unitComponents(u);
  const n = table.width;
  const line = new Array<PlanValue>(2 + 2 * n + 2);
  line[0] = no;
  line[1] = u.name;
  for (let i = 0; i < n; i++) {
    line[2 + 2 * i] = figures.component[i](table.score[at + i]);
    line[3 + 2 * i] = rankOf(table.rank[at + i], table.rankLevels[at + i]);
  }
  line[2 + 2 * n] = figures.total(u.total);
  line[3 + 2 * n] = rankOf(u.rank, u.rankLevels);
  return line;
}

/** rankText, each rank and number of levels written once (ranks repeat across components). */
function rankTexts(): (rank: number, levels: number) => string {
  const known = new Map<number, Map<number, string>>();
  // A component's units all have the same number of levels: its texts by rank are looked up again at once.
  let lastLevels = NaN;
  let last = new Map<number, string>();
  return (rank, levels) => {
    if (levels !== lastLevels) {
      let byRank = known.get(levels);
      if (byRank === undefined) {
        byRank = new Map();
        known.set(levels, byRank);
      }
      lastLevels = levels;
      last = byRank;
    }
    let text = last.get(rank);
    if (text === undefined) {
      text = rankText(rank, levels);
      last.set(rank, text);
    }
    return text;
  };
}
