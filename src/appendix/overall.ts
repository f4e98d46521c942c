/**
 * The overall ranking sheet (appendix issue, items 1, 6, 7): the heading block of the appendix,
 * then STT | Đơn vị | Điểm tối đa | Điểm đạt | Chỉ số (%) | Xếp hạng | Xếp loại in rank order,
 * the row of the units' mean; one table per ranking group; last year's rank and the change when
 * known; the note on how ranks are counted. Figures are text in the document's convention
 * (numbers.ts, fixedText): the same on every machine.
 */
import type { PlanLabels } from '../i18n/plan';
import type { Lang, ScoreResult, UnitResult } from '../engine/types';
import { HEADING_ROWS, writeAppendixHeading, writeRankNote } from './heading';
import type { SheetWriter } from './layout';
import { columnDecimals, difference, fixedText, fixedTexts, INTEGER_FORMAT, mean, signedFixedText, TEXT_FORMAT } from './numbers';
import { gradeName, groupSections, hasSeveralGroups, rankText } from './order';
import type { AppendixPart } from './part';
import { HEADING, printSettings } from './styles';
import { type Column, writeTable } from './table';
import type { PlanValue } from './types';

/** Rows of the heading block above the first table (issuing body, PHỤ LỤC, title, decision, blank). */
export const OVERALL_HEADING_ROWS = HEADING_ROWS;

/** Decimals of each figure column of a table (maxima as given, totals and indices as published), and their texts. */
interface Decimals {
  max: number;
  fixed: number;
  lang: Lang;
  maxText: (value: number) => string | null;
  totalText: (value: number) => string | null;
  indexText: (value: number) => string | null;
}

/** `part`: the group's part of a workbook's appendix ("PHỤ LỤC II", titled with the group), when it has several. */
export function writeOverallSheet(
  w: SheetWriter,
  result: ScoreResult,
  labels: PlanLabels,
  sections = groupSections(result),
  part?: AppendixPart,
): void {
  const withPrevious = result.units.some((u) => u.previous !== undefined);
  const columns = overallColumns(withPrevious);
  const width = columns.length;
  writeAppendixHeading(w, result, labels, width, part, labels.title);
  const lang = result.options.lang;
  const maxDecimals = columnDecimals(result.units.map((u) => u.max), 0);
  const decimals: Decimals = {
    max: maxDecimals,
    fixed: result.options.decimals,
    lang,
    maxText: fixedTexts(maxDecimals, lang),
    totalText: fixedTexts(result.options.decimals, lang),
    indexText: fixedTexts(result.options.decimals, lang),
  };

  const header: PlanValue[] = [labels.no, labels.unit, labels.max, labels.score, labels.index, labels.rank, labels.grade];
  if (withPrevious) header.push(labels.previousRank, labels.rankChange, labels.indexChange);

  let row = OVERALL_HEADING_ROWS;
  let firstHeader: number | undefined;
  const several = hasSeveralGroups(result);
  sections.forEach((section, i) => {
    if (several) {
      w.put(row, 0, [[labels.groupHeading(i + 1, section.group ?? labels.noGroup)]], 'none');
      w.style({ row, col: 0, rows: 1, cols: width }, HEADING);
      w.merge({ row, col: 0, rows: 1, cols: width });
      row += 1;
    }
    const body = section.units.map((u, n) => unitRow(u, n + 1, result, labels, decimals, withPrevious));
    body.push(meanRow(section.units, decimals, labels, withPrevious));
    const box = writeTable(w, { row, header: [header], columns, body, emphasis: [body.length - 1] });
    firstHeader ??= box.headerFirst;
    row = box.next + 1;
  });
  writeRankNote(w, row - 1, width, result, labels);

  const headerRow = firstHeader ?? OVERALL_HEADING_ROWS;
  w.freeze(headerRow + 1, 0);
  w.print(printSettings(labels.footer, { first: headerRow, last: headerRow }));
  w.fitPage();
}

function overallColumns(withPrevious: boolean): Column[] {
  const columns: Column[] = [
    { align: 'center', format: INTEGER_FORMAT, min: 6 },
    { align: 'left', wrap: true, min: 20, max: 40 },
    { align: 'center', format: TEXT_FORMAT },
    { align: 'center', format: TEXT_FORMAT },
    { align: 'center', format: TEXT_FORMAT },
    { align: 'center', format: TEXT_FORMAT },
    { align: 'center', format: TEXT_FORMAT },
  ];
  if (withPrevious) {
    columns.push(
      { align: 'center', format: INTEGER_FORMAT },
      { align: 'center', format: TEXT_FORMAT },
      { align: 'center', format: TEXT_FORMAT },
    );
  }
  return columns;
}

function unitRow(u: UnitResult, no: number, result: ScoreResult, labels: PlanLabels, d: Decimals, withPrevious: boolean): PlanValue[] {
  const line: PlanValue[] = [
    no, u.name, d.maxText(u.max), d.totalText(u.total), d.indexText(u.index),
    rankText(u.rank, u.rankLevels), gradeName(u, result.options.lang),
  ];
  if (withPrevious) {
    if (u.previous === undefined) line.push(null, null, null);
    else {
      line.push(u.previous.rank, rankChangeText(u.previous.rank, u.rank, labels), signedFixedText(difference(u.index, u.previous.index), d.fixed, d.lang));
    }
  }
  return line;
}

/** The units' mean of each figure, labelled so that it cannot be read as a grade ("Trung bình" is one). */
function meanRow(units: readonly UnitResult[], d: Decimals, labels: PlanLabels, withPrevious: boolean): PlanValue[] {
  const line: PlanValue[] = [
    null,
    labels.meanRow,
    fixedText(mean(units.map((u) => u.max), d.max), d.max, d.lang),
    fixedText(mean(units.map((u) => u.total), d.fixed), d.fixed, d.lang),
    fixedText(mean(units.map((u) => u.index), d.fixed), d.fixed, d.lang),
    null,
    null,
  ];
  if (withPrevious) line.push(null, null, null);
  return line;
}

/** "tăng 5 bậc" when the rank number fell by 5, "giảm 2 bậc", "giữ nguyên". */
export function rankChangeText(previousRank: number, rank: number, labels: PlanLabels): string {
  if (rank < previousRank) return labels.rankUp(previousRank - rank);
  if (rank > previousRank) return labels.rankDown(rank - previousRank);
  return labels.rankSame;
}
