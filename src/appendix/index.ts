/**
 * The write plan of a scored workbook: the ranking appendix and the reports committees use, as
 * data (values, styles, merges, widths, panes, print settings, charts). Each workbook adapter
 * renders it; labels follow `result.options.lang`.
 */
import { type PlanLabels, planLabels } from '../i18n/plan';
import type { ScoreResult } from '../engine/types';
import { writeComponentsSheet } from './components';
import { appendixHeading, type HeadingText } from './heading';
import { SheetWriter } from './layout';
import { groupSections } from './order';
import { writeOverallSheet } from './overall';
import { type AppendixPart, partKey, partSheetName } from './part';
import { writeSelfSheet } from './self';
import { writeStatisticsSheet } from './statistics';
import { sheetName } from './styles';
import { NumberWidths } from './text-width';
import type { SheetPlan, WritePlan } from './types';
import { writeUnitsSheet } from './units';

export type { AppendixPart } from './part';
export type { HeadingText } from './heading';

/** Stable keys of the result sheets, in the order they are written. */
export const SHEET_KEYS = ['overall', 'components', 'statistics', 'units', 'self'] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

/** A ranking group's result, named (null: the group has no name), as the appendix tables it. */
export interface AppendixGroup {
  name: string | null;
  result: ScoreResult;
}

/** Builds the result sheets (ranking tables, statistics, reports) for a scored sheet. */
export function buildWritePlan(result: ScoreResult): WritePlan {
  return { sheets: resultSheets(result, planLabels(result.options.lang), new NumberWidths()) };
}

/**
 * The appendix of a workbook's ranking groups. One group: exactly `buildWritePlan` of its result.
 * Several: each group's sheets in turn (Phụ lục I, then II …), keyed "overall", "overall-2" …,
 * named "Xếp hạng chung (I)", "Xếp hạng chung (II)" …, their titles naming the group.
 */
export function buildWorkbookPlan(groups: readonly AppendixGroup[]): WritePlan {
  if (groups.length === 1) return buildWritePlan(groups[0].result);
  // Numbers measured once for every group's sheets.
  const numbers = new NumberWidths();
  const sheets = groups.flatMap((g, i) => {
    const labels = planLabels(g.result.options.lang);
    return resultSheets(g.result, labels, numbers, { number: i + 1, group: g.name ?? labels.noGroup });
  });
  return { sheets };
}

/**
 * The heading the appendix prints for each group (one: the single sheet's "PHỤ LỤC"; several:
 * "PHỤ LỤC I", "PHỤ LỤC II" … each titled with its group), as one-line texts for a shell to show.
 */
export function workbookHeadings(groups: readonly AppendixGroup[]): HeadingText[] {
  if (groups.length === 1) return [appendixHeading(groups[0].result, planLabels(groups[0].result.options.lang))];
  return groups.map((g, i) => {
    const labels = planLabels(g.result.options.lang);
    return appendixHeading(g.result, labels, { number: i + 1, group: g.name ?? labels.noGroup });
  });
}

/** One result's sheets; within a part of a workbook's appendix when `part` is given. */
function resultSheets(result: ScoreResult, labels: PlanLabels, numbers: NumberWidths, part?: AppendixPart): SheetPlan[] {
  // Every sheet shows the same scores, ranks and row numbers: each is measured once for all.
  const sheet = (key: SheetKey, write: (w: SheetWriter) => void): SheetPlan => {
    const standard = labels.sheetNames[key];
    const w = part === undefined
      ? new SheetWriter(key, sheetName(standard), numbers)
      : new SheetWriter(partKey(key, part), partSheetName(standard, part, labels), numbers);
    write(w);
    const plan = w.build();
    return part === undefined ? plan : { ...plan, part: part.number };
  };
  // The tables' units in rank order, sorted once for every sheet.
  const sections = groupSections(result);
  const sheets = [
    sheet('overall', (w) => writeOverallSheet(w, result, labels, sections, part)),
    sheet('components', (w) => writeComponentsSheet(w, result, labels, sections, part)),
    sheet('statistics', (w) => writeStatisticsSheet(w, result, labels, sections, part)),
    sheet('units', (w) => writeUnitsSheet(w, result, labels, part)),
  ];
  if (result.hasSelfScores) sheets.push(sheet('self', (w) => writeSelfSheet(w, result, labels, sections, part)));
  return sheets;
}
