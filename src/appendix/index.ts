/**
 * The write plan of a scored sheet: the ranking appendix and the reports committees use, as
 * data (values, styles, merges, widths, panes, print settings, charts). Each workbook adapter
 * renders it; labels follow `result.options.lang`.
 */
import { planLabels } from '../i18n/plan';
import type { ScoreResult } from '../engine/types';
import { writeComponentsSheet } from './components';
import { SheetWriter } from './layout';
import { groupSections } from './order';
import { writeOverallSheet } from './overall';
import { writeSelfSheet } from './self';
import { writeStatisticsSheet } from './statistics';
import { sheetName } from './styles';
import { NumberWidths } from './text-width';
import type { SheetPlan, WritePlan } from './types';
import { writeUnitsSheet } from './units';

/** Stable keys of the result sheets, in the order they are written. */
export const SHEET_KEYS = ['overall', 'components', 'statistics', 'units', 'self'] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

/** Builds the result sheets (ranking tables, statistics, reports) for a scored sheet. */
export function buildWritePlan(result: ScoreResult): WritePlan {
  const labels = planLabels(result.options.lang);
  // Every sheet shows the same scores, ranks and row numbers: each is measured once for all.
  const numbers = new NumberWidths();
  const sheet = (key: SheetKey, write: (w: SheetWriter) => void): SheetPlan => {
    const w = new SheetWriter(key, sheetName(labels.sheetNames[key]), numbers);
    write(w);
    return w.build();
  };
  // The tables' units in rank order, sorted once for every sheet.
  const sections = groupSections(result);
  const sheets = [
    sheet('overall', (w) => writeOverallSheet(w, result, labels, sections)),
    sheet('components', (w) => writeComponentsSheet(w, result, labels, sections)),
    sheet('statistics', (w) => writeStatisticsSheet(w, result, labels, sections)),
    sheet('units', (w) => writeUnitsSheet(w, result, labels)),
  ];
  if (result.hasSelfScores) sheets.push(sheet('self', (w) => writeSelfSheet(w, result, labels, sections)));
  return { sheets };
}
