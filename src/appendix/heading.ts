/**
 * The heading every table of the appendix starts with: the issuing body top-left, "PHỤ LỤC" (or
 * "PHỤ LỤC II" in a part of a workbook's appendix), the sheet's title with the year and the ranked
 * group, the decision line, a blank row. Titles and the decision line are written as phrases and
 * broken only between phrases once the widths are known (SheetWriter.putPhrases). Under a table
 * with ranks, the one-line note on how ranks are counted.
 */
import type { HeadingParts, PlanLabels, Phrases } from '../i18n/plan-labels';
import type { ScoreResult } from '../engine/types';
import type { SheetWriter } from './layout';
import type { AppendixPart } from './part';
import { NOTE, TITLE } from './styles';

/** Rows of the heading block above a sheet's first table (issuing body, PHỤ LỤC, title, decision, blank). */
export const HEADING_ROWS = 5;

/** A sheet's title from the heading's parts (year, ranked group …), as phrases. */
export type TitleOf = (p: HeadingParts) => Phrases;

/** The rank note: italic, at the left, wrapped. */
const RANK_NOTE = { ...NOTE, hAlign: 'left' } as const;

const given = (text: string | undefined): string | undefined => (text !== undefined && text.trim() !== '' ? text.trim() : undefined);

/**
 * The heading's parts: the decision's details, dots for those not given. In a part of a workbook's
 * appendix the group's name replaces the decision's ranked group (one phrase for the whole
 * decision, it cannot name each group).
 */
export function headingParts(result: ScoreResult, labels: PlanLabels, part?: AppendixPart): HeadingParts {
  const d = result.options.decision;
  return {
    year: d.year !== undefined ? String(d.year) : labels.placeholder,
    rankedGroup: part?.group ?? given(d.rankedGroup) ?? labels.placeholder,
    number: given(d.number) ?? labels.numberPlaceholder,
    date: given(d.date) ?? labels.placeholder,
    issuingBody: given(d.issuingBody) ?? labels.placeholder,
  };
}

/** Writes the heading block over `width` columns; returns the first row under it (HEADING_ROWS). */
export function writeAppendixHeading(
  w: SheetWriter, result: ScoreResult, labels: PlanLabels, width: number, part: AppendixPart | undefined, title: TitleOf,
): number {
  const parts = headingParts(result, labels, part);
  const bodySpan = Math.min(3, width);
  const issuingBody = given(result.options.decision.issuingBody);
  if (issuingBody !== undefined) {
    const text = issuingBody.toLocaleUpperCase('vi');
    w.put(0, 0, [[text]], 'none');
    w.wrap(0, 0, bodySpan, text);
  }
  w.merge({ row: 0, col: 0, rows: 1, cols: bodySpan });
  w.style({ row: 0, col: 0, rows: 1, cols: bodySpan }, TITLE);

  const appendix = part === undefined ? labels.appendix : labels.partAppendix(part.number);
  w.put(1, 0, [[appendix]], 'none');
  w.wrap(1, 0, width, appendix);
  w.putPhrases(2, 0, width, title(parts).map((p) => p.toLocaleUpperCase('vi')));
  w.putPhrases(3, 0, width, labels.attachedTo(parts));
  for (const row of [1, 2, 3]) w.merge({ row, col: 0, rows: 1, cols: width });
  w.style({ row: 1, col: 0, rows: 2, cols: width }, TITLE);
  w.style({ row: 3, col: 0, rows: 1, cols: width }, NOTE);
  return HEADING_ROWS;
}

/** The note on how ranks are counted, on `row` over `width` columns; returns the row under it. */
export function writeRankNote(w: SheetWriter, row: number, width: number, result: ScoreResult, labels: PlanLabels): number {
  const text = labels.rankNote(result.options.ranking);
  w.put(row, 0, [[text]], 'none');
  w.merge({ row, col: 0, rows: 1, cols: width });
  w.style({ row, col: 0, rows: 1, cols: width }, RANK_NOTE);
  w.wrap(row, 0, width, text);
  return row + 1;
}

/** The heading's lines as one-line texts (what the sheets print, without line breaks), for a shell to show. */
export interface HeadingText {
  appendix: string;
  title: string;
  attachedTo: string;
}

/** The heading of a result's tables (of a part of a workbook's appendix when `part` is given), as the overall sheet prints it. */
export function appendixHeading(result: ScoreResult, labels: PlanLabels, part?: AppendixPart): HeadingText {
  const parts = headingParts(result, labels, part);
  return {
    appendix: part === undefined ? labels.appendix : labels.partAppendix(part.number),
    title: labels.title(parts).join(' ').toLocaleUpperCase('vi'),
    attachedTo: labels.attachedTo(parts).join(' '),
  };
}
