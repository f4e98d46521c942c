#!/usr/bin/env node
/**
 * The command line: scores a scoring sheet of an .xlsx workbook, prints the findings and the
 * ranking table, writes a copy of the workbook with the result sheets added, and optionally the
 * spec's JSON result. Exit 0 scored, 1 the sheet has errors (nothing written), 2 usage/unreadable.
 */
import fs from 'fs';
import path from 'path';
import { buildWritePlan } from '../appendix';
import { hasScoringLayout, looksLikeScoringSheet, readPreviousResult, scoreSheet } from '../engine';
import { toJsonResult } from '../engine/json';
import type { SheetGrid } from '../engine/grid';
import type { PreviousUnitResult, ScoreOptions } from '../engine/types';
import { findingLine, formatFinding, severityLabel } from '../i18n/findings';
import { CliArgs, parseArgs, USAGE, UsageError } from './args';
import { samePath, writeFileAtomic } from '../workbook/xlsx';
import { CliFailure, openWorkbook, writeOutput } from './io';
import { CLI_TEXT } from './messages';
import { renderRankingTable } from './table';

export interface CliStreams {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Progress of long steps ("Đang đọc tệp… 2,1 s"); shown only on a terminal. */
  progress?: (text: string) => void;
}

const defaultStreams: CliStreams = {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
  progress: process.stderr.isTTY ? (t) => process.stderr.write(t + '\n') : undefined,
};

/** Folder holding package.json: the bundled sample lives in its samples/. */
function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

export const BUNDLED_SAMPLE = (): string => path.join(packageRoot(), 'samples', 'thanh-tri-2021.xlsx');

export function defaultOutputPath(input: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-xep-hang.xlsx`);
}

export async function runCli(argv: readonly string[], streams: CliStreams = defaultStreams): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) { streams.err(`${e.message}\n\n${USAGE}`); return 2; }
    throw e;
  }
  if (args.help) { streams.out(USAGE); return 0; }
  const T = CLI_TEXT[args.lang];
  // With --json -, stdout carries only the JSON; everything for people goes to stderr.
  const say = args.json === '-' ? streams.err : streams.out;
  const started = Date.now();
  const step = (label: string): void => streams.progress?.(`… ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  try {
    const input = path.resolve(args.input ?? BUNDLED_SAMPLE());
    if (!args.input) say(T.usingSample(path.relative(process.cwd(), input)));
    const out = path.resolve(args.out ?? defaultOutputPath(input));
    if (out === input) throw new CliFailure(2, T.sameAsInput(input));
    const previous = args.previous ? await readPrevious(path.resolve(args.previous), args) : undefined;

    step(T.stepRead);
    const workbook = await openWorkbook(input, T);
    const { name: sheetName, grid } = await pickSheet(workbook, args, T, say);
    const options: Partial<ScoreOptions> = {
      ranking: args.ranking, notApplicable: args.notApplicable, lang: args.lang, previous, decision: args.decision,
    };
    step(T.stepScore);
    const outcome = scoreSheet(grid, options);
    for (const f of outcome.findings) {
      (f.severity === 'error' ? streams.err : say)(`${severityLabel(f.severity, args.lang)} ${findingLine(f, args.lang)}`);
    }
    if (args.json) {
      const json = JSON.stringify(toJsonResult(outcome, sheetName, args.ranking, args.lang, formatFinding), null, 2);
      if (args.json === '-') streams.out(json);
      else await writeJson(path.resolve(args.json), json + '\n', input, out, T);
    }
    if (!outcome.ok) {
      const errors = outcome.findings.filter((f) => f.severity === 'error').length;
      streams.err(T.stopped(errors));
      return 1;
    }
    say('');
    say(renderRankingTable(outcome.result));
    step(T.stepWrite);
    const plan = buildWritePlan(outcome.result);
    const written = await writeOutput(workbook, plan, out, T);
    step(T.stepDone);
    say(T.written(path.relative(process.cwd(), out) || out, written.map((s) => s.name)));
    for (const s of written.filter((w) => w.renamed)) say(T.renamed(s.name));
    return 0;
  } catch (e) {
    if (e instanceof CliFailure) { streams.err(e.message); return e.exitCode; }
    throw e;
  }
}

/** Writes the JSON result atomically; never over the input workbook or the output workbook. */
async function writeJson(file: string, text: string, input: string, out: string, T: (typeof CLI_TEXT)['vi']): Promise<void> {
  if (await samePath(file, input)) throw new CliFailure(2, T.sameAsInput(file));
  if (await samePath(file, out)) throw new CliFailure(2, T.jsonIsOutput(file));
  try {
    await writeFileAtomic(file, Buffer.from(text, 'utf8'));
  } catch (e) {
    throw new CliFailure(2, T.writeFailed(file, e instanceof Error ? e.message : String(e)), { cause: e });
  }
}

/**
 * The sheet to score: --sheet, else the first sheet with a complete scoring layout, else the
 * first with a standard header (its findings then say what is missing), else the first sheet.
 * Our own result sheets are skipped. Says which sheet was chosen and which others also qualify.
 */
async function pickSheet(
  workbook: Awaited<ReturnType<typeof openWorkbook>>, args: CliArgs, T: (typeof CLI_TEXT)['vi'], say?: (t: string) => void,
): Promise<{ name: string; grid: SheetGrid }> {
  const sheets = await workbook.listSheets();
  if (args.sheet !== undefined) {
    const found = sheets.find((s) => s.name === args.sheet) ?? sheets.find((s) => s.name.toLowerCase() === args.sheet?.toLowerCase());
    if (!found) throw new CliFailure(2, T.noSuchSheet(args.sheet, sheets.map((s) => s.name)));
    return { name: found.name, grid: await workbook.readSheet(found.name) };
  }
  if (sheets.length === 0) throw new CliFailure(2, T.noSheets);
  const complete: string[] = [];
  let first: { name: string; grid: SheetGrid } | undefined;
  let headerOnly: { name: string; grid: SheetGrid } | undefined;
  for (const s of sheets) {
    if (s.ownedByUs) continue;
    const grid = await workbook.readSheet(s.name);
    if (hasScoringLayout(grid)) {
      complete.push(s.name);
      first ??= { name: s.name, grid };
    } else if (headerOnly === undefined && looksLikeScoringSheet(grid)) headerOnly = { name: s.name, grid };
  }
  // Each sheet is read once: the chosen one's grid is kept for scoring.
  const chosen = first ?? headerOnly ?? { name: sheets[0].name, grid: await workbook.readSheet(sheets[0].name) };
  say?.(T.scoring(chosen.name, complete.filter((n) => n !== chosen.name)));
  return chosen;
}

/**
 * Last year's result: a ranking table in the previous workbook (our own result sheet first), or
 * else its scoring sheet, scored with the same options.
 */
async function readPrevious(file: string, args: CliArgs): Promise<PreviousUnitResult[]> {
  const T = CLI_TEXT[args.lang];
  const workbook = await openWorkbook(file, T);
  const sheets = await workbook.listSheets();
  const ordered = [...sheets.filter((s) => s.ownedByUs), ...sheets.filter((s) => !s.ownedByUs)];
  for (const s of ordered) {
    const table = readPreviousResult(await workbook.readSheet(s.name));
    if (table) return table;
  }
  const { grid } = await pickSheet(workbook, { ...args, sheet: undefined }, T);
  const outcome = scoreSheet(grid, { ranking: args.ranking, notApplicable: args.notApplicable });
  if (!outcome.ok) throw new CliFailure(2, T.previousInvalid(file, outcome.findings.filter((f) => f.severity === 'error').length));
  return outcome.result.units.map((u) => ({ name: u.name, rank: u.rank, index: u.index, group: u.group }));
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => {
      process.stderr.write(`Lỗi không mong đợi / unexpected error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
