/**
 * A scope scored: what went in (the sheets read, the layout stated, last year's result) and what
 * came out (the model the readers made of the sheets, each ranking group validated, computed and
 * ranked, every finding at the workbook's cell).
 */
import type { ScoringModel } from '../engine/model';
import type { ModelOutcome } from '../engine/score-model';
import type { TitleBlock } from '../engine/title-block';
import type { PreviousUnitResult, ScoreOptions } from '../engine/types';
import type { StatedLayout } from '../readers';
import type { LoadedSheet, Selection } from './choose-sheet';
import type { EngineApi, GroupResult } from './engine';
import { type HeadingReport, headingOf, titleBlockOf } from './heading';

export interface Scored {
  /** A sheet's name, or `WHOLE_WORKBOOK`. */
  scope: string;
  /** The sheets read for it, in tab order, kept to score them again when the options change. */
  sheets: LoadedSheet[];
  /** The layout as the user stated it, if they did. */
  stated?: StatedLayout;
  /** Last year's result the units were compared with, if any. */
  previous?: readonly PreviousUnitResult[];
  /** What the readers recognised (the groups, their layouts, sheets left out); absent when no layout fits. */
  model?: ScoringModel;
  outcome: ModelOutcome;
  /** What the scoring sheet's title rows say (issuing body, year, ranked group, each with its cell); absent when no layout fits. */
  titleBlock?: TitleBlock;
  /**
   * The appendix heading's details as scored: the options', the title block's where those are
   * empty, and what stays as dots. Always set by scoreSelection (optional for a Scored made by hand).
   */
  heading?: HeadingReport;
}

/** Scores sheets already read; `options.previous` is last year's result, kept with the outcome. */
export function scoreSelection(
  engine: EngineApi, selection: Selection, options: Partial<ScoreOptions>, stated?: StatedLayout,
): Scored {
  const read = engine.readWorkbook(selection.sheets, stated);
  const titleBlock = read.ok ? titleBlockOf(read.model, selection.sheets) : undefined;
  const heading = headingOf(options.decision, titleBlock, read.ok && read.model.groups.length > 1);
  const scoring = { ...options, decision: heading.decision };
  const outcome: ModelOutcome = read.ok ? engine.scoreModel(read.model, scoring) : { ok: false, groups: [], findings: read.findings };
  return {
    scope: selection.scope,
    sheets: selection.sheets,
    ...(stated === undefined ? {} : { stated }),
    ...(options.previous === undefined ? {} : { previous: options.previous }),
    ...(read.ok ? { model: read.model } : {}),
    ...(titleBlock === undefined ? {} : { titleBlock }),
    heading,
    outcome,
  };
}

/** The results of the groups that scored, named, in workbook order (what the appendix tables). */
export function groupResults(outcome: ModelOutcome): GroupResult[] {
  return outcome.groups.flatMap(({ group, outcome: o }) => (o.ok ? [{ name: group.name, result: o.result }] : []));
}

/** How many errors stop the run. */
export function errorCount(outcome: ModelOutcome): number {
  return outcome.findings.filter((f) => f.severity === 'error').length;
}
