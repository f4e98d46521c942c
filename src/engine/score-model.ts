/**
 * Scoring the model: each ranking group's grid is scored as a sheet (`scoreSheet`), and every
 * finding is moved back to the workbook cell it is about (the group's `sourceOf`), so a reader's
 * rearrangement never shows in what the user reads.
 */
import { orderByCause } from './causes';
import type { Finding, FindingRef } from './findings';
import { a1, parseA1 } from './grid';
import type { CellSource, ModelGroup, ScoringModel } from './model';
import { scoreSheet } from './score';
import type { ScoreOptions, ScoreOutcome } from './types';

export interface ScoredGroup {
  group: ModelGroup;
  /** The group's outcome, its findings at workbook cells. */
  outcome: ScoreOutcome;
}

export interface ModelOutcome {
  /** True when no group has an error. */
  ok: boolean;
  groups: ScoredGroup[];
  /**
   * Every group's findings, in sheet order (workbook order of the sheets, then row, then column),
   * each cause listed first with the findings it explains (causes.ts).
   */
  findings: Finding[];
}

export function scoreModel(model: ScoringModel, options: Partial<ScoreOptions> = {}): ModelOutcome {
  const groups = model.groups.map((group) => ({ group, outcome: inSource(scoreSheet(group.grid, options), group) }));
  const order = new Map<string, number>();
  for (const g of model.groups) for (const s of g.sheets) if (!order.has(s)) order.set(s, order.size);
  const all = groups.flatMap((g) => g.outcome.findings);
  const findings = all
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (order.get(a.f.sheet) ?? 0) - (order.get(b.f.sheet) ?? 0) || a.f.row - b.f.row || a.f.col - b.f.col || a.i - b.i)
    .map((x) => x.f);
  return { ok: groups.every((g) => g.outcome.ok), groups, findings: orderByCause(findings) };
}

/** The outcome with its findings (and its result's) moved to the cells they came from. */
function inSource(outcome: ScoreOutcome, group: ModelGroup): ScoreOutcome {
  const sourceOf = group.sourceOf;
  if (!sourceOf) return outcome;
  const findings = outcome.findings.map((f) => findingAtSource(f, sourceOf));
  if (!outcome.ok) return { ok: false, findings };
  return { ok: true, result: { ...outcome.result, findings }, findings };
}

/** A finding about a cell of a group's grid, about the workbook cell that cell came from instead. */
export function findingAtSource(f: Finding, sourceOf: (row: number, col: number) => CellSource): Finding {
  const at = sourceOf(f.row, f.col);
  const moved = { ...f, sheet: at.sheet, row: at.row, col: at.col, cell: a1(at.row, at.col) } as Finding;
  if (f.explains) moved.explains = f.explains.map((r) => refAtSource(r, sourceOf));
  if (f.causedBy) moved.causedBy = f.causedBy.map((r) => refAtSource(r, sourceOf));
  if (moved.rule === 'duplicate-code' || moved.rule === 'duplicate-unit') {
    moved.data = { ...moved.data, firstCell: cellAtSource(moved.data.firstCell, at.sheet, sourceOf) };
  } else if (moved.rule === 'formulas-not-calculated') {
    moved.data = { ...moved.data, cells: moved.data.cells.map((cell) => cellAtSource(cell, at.sheet, sourceOf)) };
  } else if (moved.rule === 'formula-without-value' && (moved.data.problem?.reason === 'input' || moved.data.problem?.reason === 'cycle')) {
    moved.data = { ...moved.data, problem: { ...moved.data.problem, detail: cellAtSource(moved.data.problem.detail, at.sheet, sourceOf) } };
  }
  return moved;
}

/** A link to another finding of the group's grid, to that finding's workbook cell. */
function refAtSource(ref: FindingRef, sourceOf: (row: number, col: number) => CellSource): FindingRef {
  const p = parseA1(ref.cell);
  if (!p) return ref;
  const at = sourceOf(p.row, p.col);
  return { rule: ref.rule, sheet: at.sheet, cell: a1(at.row, at.col) };
}

/** An A1 address of the grid named in a finding's data, as the workbook address ("Sheet!A1" when on another sheet). */
function cellAtSource(address: string, sheet: string, sourceOf: (row: number, col: number) => CellSource): string {
  const p = parseA1(address);
  if (!p) return address;
  const at = sourceOf(p.row, p.col);
  const cell = a1(at.row, at.col);
  return at.sheet === sheet ? cell : `${quoteSheet(at.sheet)}!${cell}`;
}

/** A sheet name as Excel writes it in an address: quoted unless it is letters, digits and underscores. */
function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
