/**
 * What must hold for any sheet the engine is given: scoreSheet returns (never throws), quickly,
 * with either a result or the errors that stopped it; every finding names a real cell and has
 * a message in both languages; every number of a result is finite and survives JSON.
 */
import { performance } from 'perf_hooks';
import { buildWritePlan } from '../../src/appendix';
import { hasErrors, scoreSheet } from '../../src/engine';
import { a1, type SheetGrid } from '../../src/engine/grid';
import { RULE_SEVERITY } from '../../src/engine/findings';
import { toJsonResult } from '../../src/engine/json';
import type { ScoreOptions, ScoreOutcome } from '../../src/engine/types';
import { formatFinding } from '../../src/i18n/findings';

/** A generous bound per case: a real sheet scores in milliseconds. */
export const MAX_MS_PER_CASE = 2000;

export interface FuzzStats {
  runs: number;
  ok: number;
  failed: number;
  maxMs: number;
  totalMs: number;
}

export const newStats = (): FuzzStats => ({ runs: 0, ok: 0, failed: 0, maxMs: 0, totalMs: 0 });

function fail(message: string, grid: SheetGrid): never {
  throw new Error(`${message}\n  sheet: ${JSON.stringify(grid.sheetName)}`);
}

function finite(x: unknown, what: string, grid: SheetGrid): void {
  if (typeof x !== 'number' || !Number.isFinite(x)) fail(`${what} is not a finite number: ${String(x)}`, grid);
}

/** Scores the grid, times it, checks every law above; returns the outcome. */
export function scoreAndCheck(grid: SheetGrid, stats: FuzzStats, options: Partial<ScoreOptions> = {}): ScoreOutcome {
  const start = performance.now();
  const outcome = scoreSheet(grid, options);
  const ms = performance.now() - start;
  stats.runs++;
  stats.totalMs += ms;
  stats.maxMs = Math.max(stats.maxMs, ms);
  if (ms > MAX_MS_PER_CASE) fail(`scoring took ${ms.toFixed(0)} ms`, grid);

  if (outcome.ok === hasErrors(outcome.findings)) fail(`ok is ${outcome.ok} but errors are ${hasErrors(outcome.findings)}`, grid);
  for (const f of outcome.findings) {
    if (!(f.rule in RULE_SEVERITY)) fail(`unknown rule ${f.rule}`, grid);
    if (f.sheet !== grid.sheetName) fail(`finding on sheet ${f.sheet}`, grid);
    if (!Number.isInteger(f.row) || !Number.isInteger(f.col) || f.row < 0 || f.col < 0) fail(`finding at ${f.row},${f.col}`, grid);
    if (f.cell !== a1(f.row, f.col)) fail(`finding cell ${f.cell} is not row ${f.row} col ${f.col}`, grid);
    for (const lang of ['vi', 'en'] as const) {
      const text = formatFinding(f, lang);
      if (typeof text !== 'string' || text.trim() === '' || text.includes('undefined')) fail(`message of ${f.rule}: ${text}`, grid);
    }
  }
  const json = toJsonResult(outcome, grid.sheetName, 'dense', 'vi', formatFinding);
  expectSameJson(json, grid);

  if (!outcome.ok) {
    stats.failed++;
    return outcome;
  }
  stats.ok++;
  const { result } = outcome;
  if (result.units.length === 0) fail('ok without units', grid);
  finite(result.maxTotal, 'maxTotal', grid);
  for (const u of result.units) {
    if (typeof u.name !== 'string' || u.name.trim() === '') fail('a unit without a name', grid);
    for (const [k, v] of Object.entries({ total: u.total, totalExact: u.totalExact, max: u.max, index: u.index })) finite(v, `${u.name}.${k}`, grid);
    if (!Number.isInteger(u.rank) || u.rank < 1 || u.rank > u.rankLevels) fail(`${u.name}: rank ${u.rank}/${u.rankLevels}`, grid);
    u.components.forEach((c, i) => {
      for (const [k, v] of Object.entries({ score: c.score, max: c.max, index: c.index })) finite(v, `${u.name}.components[${i}].${k}`, grid);
      // Rank 0 exactly when the component did not arise for the unit (max 0 under `exclude`).
      const ranked = c.max !== 0;
      if (!Number.isInteger(c.rank) || (ranked ? c.rank < 1 || c.rank > c.rankLevels : c.rank !== 0)) {
        fail(`${u.name}: component ${i} rank ${c.rank}/${c.rankLevels} (max ${c.max})`, grid);
      }
    });
  }
  buildWritePlan(result);
  return outcome;
}

/** The JSON result is plain data: NaN or Infinity would silently turn into null. */
function expectSameJson(json: unknown, grid: SheetGrid): void {
  const text = JSON.stringify(json);
  const back: unknown = JSON.parse(text);
  if (JSON.stringify(back) !== text) fail('the JSON result does not survive a round trip', grid);
  if (/\bnull\b/.test(text.replace(/"(?:[^"\\]|\\.)*"/g, '""'))) fail(`the JSON result holds null: ${text.slice(0, 300)}`, grid);
}

export function describeStats(name: string, s: FuzzStats): string {
  return `${name}: ${s.runs} runs (${s.ok} scored, ${s.failed} stopped by errors), max ${s.maxMs.toFixed(1)} ms, mean ${(s.totalMs / Math.max(1, s.runs)).toFixed(2)} ms`;
}
