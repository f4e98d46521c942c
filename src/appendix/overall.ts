/**
 * The overall ranking sheet (appendix issue, items 1, 6, 7): the heading block of the appendix,
 * then STT | Đơn vị | Điểm tối đa | Điểm đạt | Chỉ số (%) | Xếp hạng | Xếp loại in rank order,
 * a row of the mean; one table per ranking group; last year's rank and the change when known.
 */
import type { PlanLabels } from '../i18n/plan';
import type { ScoreResult, UnitResult } from '../engine/types';
import type { SheetWriter } from './layout';
import { difference, fixedFormat, INTEGER_FORMAT, mean, SCORE_FORMAT, signedFormat, TEXT_FORMAT } from './numbers';
import { gradeName, groupSections, hasSeveralGroups } from './order';
import type { AppendixPart } from './part';
import { HEADING, NOTE, printSettings, TITLE } from './styles';
import { type Column, writeTable } from './table';
import type { PlanValue } from './types';

/** Rows of the heading block above the first table (issuing body, PHỤ LỤC, title, decision, blank). */
export const OVERALL_HEADING_ROWS = 5;

/** `part`: the group's part of a workbook's appendix ("PHỤ LỤC II", titled with the group), when it has several. */
export function writeOverallSheet(
  w: SheetWriter,
  result: ScoreResult,
  labels: PlanLabels,
  sections = groupSections(result),
  part?: AppendixPart,
): void {
  const withPrevious = result.units.some((u) => u.previous !== undefined);
  const columns = overallColumns(result.options.decimals, withPrevious);
  const width = columns.length;
  writeHeading(w, result, labels, width, part);

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
    const body = section.units.map((u, n) => unitRow(u, n + 1, result, labels, withPrevious));
    body.push(meanRow(section.units, result.options.decimals, labels, withPrevious));
    const box = writeTable(w, { row, header: [header], columns, body, emphasis: [body.length - 1] });
    firstHeader ??= box.headerFirst;
    row = box.next + 1;
  });

  const headerRow = firstHeader ?? OVERALL_HEADING_ROWS;
  w.freeze(headerRow + 1, 0);
  w.print(printSettings(labels.footer, { first: headerRow, last: headerRow }));
}

function overallColumns(decimals: number, withPrevious: boolean): Column[] {
  const columns: Column[] = [
    { align: 'center', format: INTEGER_FORMAT, min: 6 },
    { align: 'left', wrap: true, min: 20, max: 40 },
    { align: 'center', format: SCORE_FORMAT },
    { align: 'center', format: fixedFormat(decimals) },
    { align: 'center', format: fixedFormat(decimals) },
    { align: 'center', format: INTEGER_FORMAT },
    { align: 'center', format: TEXT_FORMAT },
  ];
  if (withPrevious) {
    columns.push(
      { align: 'center', format: INTEGER_FORMAT },
      { align: 'center', format: TEXT_FORMAT },
      { align: 'center', format: signedFormat(decimals) },
    );
  }
  return columns;
}

/**
 * Issuing body top-left, "PHỤ LỤC", the title and the decision line, then a blank row. In a part
 * of a workbook's appendix: "PHỤ LỤC II", and the title names the part's group instead of the
 * decision's ranked group (one phrase for the whole decision, it cannot name each group).
 */
function writeHeading(w: SheetWriter, result: ScoreResult, labels: PlanLabels, width: number, part: AppendixPart | undefined): void {
  const d = result.options.decision;
  const given = (text: string | undefined) => (text !== undefined && text.trim() !== '' ? text.trim() : undefined);
  const parts = {
    year: d.year !== undefined ? String(d.year) : labels.placeholder,
    rankedGroup: part?.group ?? given(d.rankedGroup) ?? labels.placeholder,
    number: given(d.number) ?? labels.numberPlaceholder,
    date: given(d.date) ?? labels.placeholder,
    issuingBody: given(d.issuingBody) ?? labels.placeholder,
  };
  const bodySpan = Math.min(3, width);
  const issuingBody = given(d.issuingBody);
  if (issuingBody !== undefined) {
    const text = issuingBody.toLocaleUpperCase('vi');
    w.put(0, 0, [[text]], 'none');
    w.wrap(0, 0, bodySpan, text);
  }
  w.merge({ row: 0, col: 0, rows: 1, cols: bodySpan });
  w.style({ row: 0, col: 0, rows: 1, cols: bodySpan }, { ...TITLE });

  const title = labels.title(parts).toLocaleUpperCase('vi');
  const attached = labels.attachedTo(parts);
  const appendix = part === undefined ? labels.appendix : labels.partAppendix(part.number);
  w.put(1, 0, [[appendix], [title], [attached]], 'none');
  for (const [row, text] of [[1, appendix], [2, title], [3, attached]] as const) {
    w.merge({ row, col: 0, rows: 1, cols: width });
    w.wrap(row, 0, width, text);
  }
  w.style({ row: 1, col: 0, rows: 2, cols: width }, TITLE);
  w.style({ row: 3, col: 0, rows: 1, cols: width }, NOTE);
}

function unitRow(u: UnitResult, no: number, result: ScoreResult, labels: PlanLabels, withPrevious: boolean): PlanValue[] {
  const line: PlanValue[] = [no, u.name, u.max, u.total, u.index, u.rank, gradeName(u, result.options.lang)];
  if (withPrevious) {
    if (u.previous === undefined) line.push(null, null, null);
    else line.push(u.previous.rank, rankChangeText(u.previous.rank, u.rank, labels), difference(u.index, u.previous.index));
  }
  return line;
}

function meanRow(units: readonly UnitResult[], decimals: number, labels: PlanLabels, withPrevious: boolean): PlanValue[] {
  const line: PlanValue[] = [
    null,
    labels.mean,
    mean(units.map((u) => u.max), 3),
    mean(units.map((u) => u.total), decimals),
    mean(units.map((u) => u.index), decimals),
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
