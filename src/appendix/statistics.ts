/**
 * The statistics sheet (appendix issue, item 3), per ranking group: for every component and the
 * total the max, mean, highest and lowest (with the units) and the number of rank levels; the
 * count of units per grade; the units below 75% of a component's max; the totals in rank order
 * as a small table with a bar chart over it.
 */
import type { PlanLabels } from '../i18n/plan';
import type { ScoreResult, UnitResult } from '../engine/types';
import type { SheetWriter } from './layout';
import { writeAppendixHeading, writeRankNote } from './heading';
import { belowThreeQuarters, HIDDEN_FORMAT, INTEGER_FORMAT, mean, numbersAsText, share, TEXT_FORMAT } from './numbers';
import { componentLabel, type GroupSection, groupSections, hasSeveralGroups, rankText } from './order';
import type { AppendixPart } from './part';
import { rankedMean, readSectionScores, type Ranked, type SectionScores } from './section-scores';
import { rowsOnPage } from './pages';
import { BASE, HEADING, printSettings, TEXT } from './styles';
import { writeTable } from './table';
import type { PlanValue } from './types';

const WIDTH = 8;
/** The column of the chart's numbers, right of its three-column table. */
const CHART_NUMBERS = 3;
/** The chart's numbers: kept in the cells, shown nowhere (the table beside them shows them as text). */
const CHART_NUMBER_STYLE = { ...BASE, numberFormat: HIDDEN_FORMAT } as const;
/** Rows of the chart under its data table, at least. */
const CHART_MIN_ROWS = 16;
/** Rows of the chart at most: what one printed page holds, unscaled (so it holds them however the sheet is scaled). */
const CHART_MAX_ROWS = rowsOnPage(printSettings(''));

/** `part`: the group's part of a workbook's appendix (its title and charts name the group), when it has several. */
export function writeStatisticsSheet(
  w: SheetWriter,
  result: ScoreResult,
  labels: PlanLabels,
  sections = groupSections(result),
  part?: AppendixPart,
): void {
  let row = writeAppendixHeading(w, result, labels, WIDTH, part, labels.statisticsTitle);
  const several = hasSeveralGroups(result);
  sections.forEach((section, i) => {
    if (several) row = heading(w, row, labels.groupHeading(i + 1, section.group ?? labels.noGroup));
    const scores = readSectionScores(section.units, result.components.length);
    row = writeSummary(w, row, section, scores, result, labels) + 1;
    row = writeGradeCounts(w, heading(w, row, labels.gradeCounts), section, result, labels) + 1;
    row = writeBelowThreshold(w, heading(w, row, labels.belowThreshold), section, scores, result, labels) + 1;
    // The chart names the group of its units: the section's when the result has several, else the part's.
    const group = several ? (section.group ?? labels.noGroup) : (part?.group ?? null);
    row = writeChart(w, heading(w, row, labels.chartData), section, result, labels, group) + 1;
  });
  w.print(printSettings(labels.footer));
  // The chart's numbers (a column right of its table) are not widened into the page.
  w.fitPage(Array.from({ length: WIDTH }, (_, col) => col).filter((col) => col !== CHART_NUMBERS));
}

/** A bold line over the sheet's width; returns the next row. */
function heading(w: SheetWriter, row: number, text: string): number {
  w.put(row, 0, [[text]], 'none');
  w.merge({ row, col: 0, rows: 1, cols: WIDTH });
  w.style({ row, col: 0, rows: 1, cols: WIDTH }, HEADING);
  // Not left alone at the foot of a page: printed with the table header and first line under it.
  w.keep(row, 3);
  return row + 1;
}

interface Extremes {
  highest: number | null;
  highestUnits: string;
  lowest: number | null;
  lowestUnits: string;
  levels: number | null;
}

/** At most this many names in a cell listing tied units; a longer list shows the first ones and a count. */
const MAX_NAMES_IN_CELL = 10;
const NAMES_SHOWN_OF_LONG_LIST = 8;

/** Names joined with commas; past MAX_NAMES_IN_CELL, "A, B, … và N đơn vị khác" (the cell stays printable). */
function nameList(names: string[], labels: PlanLabels): string {
  if (names.length <= MAX_NAMES_IN_CELL) return names.join(', ');
  return `${names.slice(0, NAMES_SHOWN_OF_LONG_LIST).join(', ')} ${labels.andOthers(names.length - NAMES_SHOWN_OF_LONG_LIST)}`;
}

/**
 * Highest and lowest by rank (so ties and index-ranked groups follow the ranking); units not
 * ranked (rank 0: the component did not arise for them) are left out.
 */
function extremes(units: readonly UnitResult[], column: Ranked, labels: PlanLabels): Extremes {
  const { ranks, values } = column;
  let top = Infinity;
  let bottom = -Infinity;
  for (let k = 0; k < ranks.length; k++) {
    const r = ranks[k];
    if (r === 0) continue;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
  }
  if (units.length === 0 || top === Infinity) return { highest: null, highestUnits: '', lowest: null, lowestUnits: '', levels: null };
  const at = (rank: number): number[] => {
    const found: number[] = [];
    for (let k = 0; k < ranks.length; k++) if (ranks[k] === rank) found.push(k);
    return found;
  };
  const highest = at(top);
  const lowest = at(bottom);
  return {
    highest: values[highest[0]],
    highestUnits: nameList(highest.map((k) => units[k].name), labels),
    lowest: values[lowest[0]],
    lowestUnits: nameList(lowest.map((k) => units[k].name), labels),
    levels: column.levels,
  };
}

function writeSummary(w: SheetWriter, row: number, section: GroupSection, scores: SectionScores, result: ScoreResult, labels: PlanLabels): number {
  const { units } = section;
  const decimals = result.options.decimals;
  const body: PlanValue[][] = result.components.map((c, i) => {
    const column = scores.components[i];
    const e = extremes(units, column, labels);
    return [componentLabel(c), c.max, rankedMean(column, decimals), e.highest, e.highestUnits, e.lowest, e.lowestUnits, e.levels];
  });
  const totals = scores.total;
  const t = extremes(units, totals, labels);
  body.push([labels.total, result.maxTotal, mean(totals.values, decimals), t.highest, t.highestUnits, t.lowest, t.lowestUnits, t.levels]);
  const totalRow = body.length - 1;
  const d = result.options.decimals;
  numbersAsText(body, { 1: 0, 2: d, 3: d, 5: d }, result.options.lang);
  const box = writeTable(w, {
    row,
    header: [[labels.component, labels.max, labels.mean, labels.highest, labels.highestUnits, labels.lowest, labels.lowestUnits, labels.rankLevels]],
    columns: [
      { align: 'left', wrap: true, min: 25, max: 45 },
      { align: 'center', format: TEXT_FORMAT },
      { align: 'center', format: TEXT_FORMAT },
      { align: 'center', format: TEXT_FORMAT },
      { align: 'left', wrap: true, min: 14, max: 35 },
      { align: 'center', format: TEXT_FORMAT },
      { align: 'left', wrap: true, min: 14, max: 35 },
      { align: 'center', format: INTEGER_FORMAT },
    ],
    body,
    emphasis: [totalRow],
  });
  return box.next;
}

/** "21/22 đơn vị xếp loại Tốt" for every grade band, with the count and the share. */
function writeGradeCounts(w: SheetWriter, row: number, section: GroupSection, result: ScoreResult, labels: PlanLabels): number {
  const { units } = section;
  const lang = result.options.lang;
  const body = result.options.gradeBands.map((band): PlanValue[] => {
    const count = units.filter((u) => u.grade === band.name).length;
    const name = lang === 'en' ? band.nameEn : band.name;
    return [labels.gradeCountText(count, units.length, name), count, share(count, units.length, result.options.decimals)];
  });
  numbersAsText(body, { 2: result.options.decimals }, result.options.lang);
  const box = writeTable(w, {
    row,
    header: [[labels.summary, labels.unitCount, labels.share]],
    columns: [
      { align: 'left', wrap: true, min: 25, max: 45 },
      { align: 'center', format: INTEGER_FORMAT },
      { align: 'center', format: TEXT_FORMAT },
    ],
    body,
  });
  return box.next;
}

/** Per component (a band row), the units whose score is below 75% of their max for it. */
function writeBelowThreshold(w: SheetWriter, row: number, section: GroupSection, scores: SectionScores, result: ScoreResult, labels: PlanLabels): number {
  const body: PlanValue[][] = [];
  const bands: number[] = [];
  result.components.forEach((c, i) => {
    const { ranks, values, maxima, indices } = scores.components[i];
    const band = body.push([componentLabel(c)]) - 1;
    for (let k = 0; k < values.length; k++) {
      if (ranks[k] !== 0 && belowThreeQuarters(values[k], maxima[k])) body.push([section.units[k].name, values[k], maxima[k], indices[k]]);
    }
    if (body.length === band + 1) body.pop(); // no unit below: no band row
    else bands.push(band);
  });
  if (body.length === 0) {
    w.put(row, 0, [[labels.noneBelowThreshold]], 'none');
    w.style({ row, col: 0, rows: 1, cols: WIDTH }, TEXT);
    w.merge({ row, col: 0, rows: 1, cols: WIDTH });
    return row + 1;
  }
  const d = result.options.decimals;
  numbersAsText(body, { 1: d, 2: 0, 3: d }, result.options.lang);
  const box = writeTable(w, {
    row,
    header: [[labels.unit, labels.score, labels.max, labels.index]],
    columns: [
      { align: 'left', wrap: true, min: 25, max: 45 },
      { align: 'center', format: TEXT_FORMAT },
      { align: 'center', format: TEXT_FORMAT },
      { align: 'center', format: TEXT_FORMAT },
    ],
    body,
    bands,
  });
  return box.next;
}

/**
 * The totals in rank order as a table (text, like every printed figure), the note on ranks, and a
 * bar chart of them anchored under it. The chart plots numbers: the totals are also written as
 * numbers in the column right of the table (CHART_NUMBERS), in a format that shows nothing.
 */
function writeChart(w: SheetWriter, row: number, section: GroupSection, result: ScoreResult, labels: PlanLabels, group: string | null): number {
  const { units } = section;
  const body: PlanValue[][] = units.map((u) => [u.name, u.total, rankText(u.rank, u.rankLevels)]);
  numbersAsText(body, { 1: result.options.decimals }, result.options.lang);
  const box = writeTable(w, {
    row,
    header: [[labels.unit, labels.total, labels.rank]],
    columns: [
      { align: 'left', wrap: true, min: 25, max: 45 },
      { align: 'center', format: TEXT_FORMAT },
      { align: 'center', format: TEXT_FORMAT },
    ],
    body,
  });
  if (units.length === 0) return box.next;
  w.put(box.bodyFirst, CHART_NUMBERS, units.map((u) => [u.total]), 'none');
  w.style({ row: box.bodyFirst, col: CHART_NUMBERS, rows: units.length, cols: 1 }, CHART_NUMBER_STYLE);
  const noteRow = writeRankNote(w, box.next, WIDTH, result, labels);
  const chartRow = noteRow + 1;
  // As tall as the units need, but never taller than a printed page: the chart is kept on one page.
  const chartRows = Math.min(Math.max(CHART_MIN_ROWS, Math.ceil(units.length * 1.2) + 4), CHART_MAX_ROWS);
  w.chart({
    kind: 'bar',
    title: labels.chartTitle(group),
    categories: { row: box.bodyFirst, col: 0, rows: units.length, cols: 1 },
    values: { row: box.bodyFirst, col: CHART_NUMBERS, rows: units.length, cols: 1 },
    anchor: { row: chartRow, col: 0, rows: chartRows, cols: WIDTH },
  });
  return chartRow + chartRows;
}
