#!/usr/bin/env node
/**
 * The command line: scores the scoring sheets of a workbook (.xlsx, .xlsm, .xls, .ods), prints
 * what it recognised, the findings and the ranking tables, writes a copy of the workbook with the
 * result sheets spliced in (a new .xlsx for .xls and .ods), and optionally the spec's JSON result. Exit 0 scored, 1 the sheet has errors (nothing written), 2 usage/unreadable.
 * The flow (choose the sheet, last year's result, score, plan, apply) is the use case's.
 */
import fs from 'fs';
import path from 'path';
import { toModelJson } from '../engine/json-groups';
import type { ScoreOptions } from '../engine/types';
import { findingLine, formatFinding, severityLabel } from '../i18n/findings';
import { describeLayout } from '../i18n/layout';
import { defaultEngine, groupResults, type RunStep, scoreAndWrite, type Scored } from '../usecase';
import { samePath, writeFileAtomic } from '../workbook/xlsx/save';
import { CliArgs, parseArgs, USAGE, UsageError } from './args';
import { lastYearResult, scoringSelection } from './inputs';
import { detailText, legacyCopyText, macroExtensionText } from './file-messages';
import { checkDocxPath, writeDocx } from './docx-output';
import { CliFailure, defaultOutputPath, openWorkbook, outputPort } from './io';
import { CLI_TEXT, type CliText } from './messages';
import { renderRankingTables } from './table';
import { headingLines } from './heading';

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

/** What the progress line says at each step of the run. */
const STEP_TEXT = { read: 'stepRead', score: 'stepScore', write: 'stepWrite', done: 'stepDone' } as const satisfies Record<RunStep, keyof CliText>;

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
    if (args.out !== undefined && path.resolve(args.out) === input) throw new CliFailure(2, T.sameAsInput(input));

    step(T.stepRead);
    const opened = await openWorkbook(input, args.lang);
    const out = path.resolve(args.out ?? defaultOutputPath(input, opened.format));
    if (out === input) throw new CliFailure(2, T.sameAsInput(input));
    if (opened.format === 'xlsm' && path.extname(out).toLowerCase() !== '.xlsm') throw new CliFailure(2, macroExtensionText(out, args.lang));
    const docx = args.docx === undefined ? undefined : path.resolve(args.docx);
    if (docx !== undefined) await checkDocxPath(docx, { input, out, json: args.json }, T, args.lang);
    const ranking = { ranking: args.ranking, notApplicable: args.notApplicable };
    const previous = args.previous ? await lastYearResult(path.resolve(args.previous), ranking, T, args.lang) : undefined;
    const workbook = outputPort(opened.workbook, input, out, T, args.lang);
    const selection = await scoringSelection(workbook, args.sheets, args.layout, T, say);
    const options: Partial<ScoreOptions> = { ...ranking, lang: args.lang, previous, decision: args.decision };

    /** What was recognised, the findings, the JSON and (when it scores) the ranking tables, before anything is written. */
    const report = async (scored: Scored): Promise<void> => {
      const { model, outcome } = scored;
      for (const layout of model?.layouts ?? []) say(T.detected(describeLayout(layout, args.lang)));
      for (const left of model?.leftOut ?? []) say(T.leftOut(left.sheet, left.sameAs));
      for (const f of outcome.findings) {
        (f.severity === 'error' ? streams.err : say)(`${severityLabel(f.severity, args.lang)} ${findingLine(f, args.lang)}`);
      }
      if (args.json) {
        const json = JSON.stringify(toModelJson(outcome, args.ranking, args.lang, formatFinding), null, 2);
        if (args.json === '-') streams.out(json);
        else await writeJson(path.resolve(args.json), json + '\n', input, out, T);
      }
      if (!outcome.ok) return;
      const groups = groupResults(outcome);
      if (groups.length > 1 && args.decision.rankedGroup !== undefined) say(T.rankedGroupIgnored);
      for (const line of headingLines(groups, scored.heading, scored.titleBlock, T)) say(line);
      say('');
      say(renderRankingTables(groups));
    };
    const request = { scope: selection.scope, sheets: selection.sheets, stated: args.layout, options };
    const run = await scoreAndWrite(workbook, defaultEngine, request, {
      onStep: (s) => step(T[STEP_TEXT[s]]),
      onScored: report,
    });
    if (!run.written) {
      streams.err(T.stopped(run.errors));
      return 1;
    }
    say(T.written(path.relative(process.cwd(), out) || out, run.report.sheets.map((s) => s.name)));
    if (docx !== undefined) {
      await writeDocx(docx, run, args.lang);
      say(T.docxWritten(path.relative(process.cwd(), docx) || docx));
    }
    if (opened.format === 'xls' || opened.format === 'ods') say(legacyCopyText(input, out, opened.format, opened.notCarried, args.lang));
    for (const s of run.report.sheets.filter((w) => w.renamed)) say(T.renamed(s.name));
    return 0;
  } catch (e) {
    if (e instanceof CliFailure) {
      streams.err(e.message);
      if (args.verbose && e.detail) streams.err(detailText(e.detail, args.lang));
      return e.exitCode;
    }
    throw e;
  }
}

/** Writes the JSON result atomically; never over the input workbook or the output workbook. */
async function writeJson(file: string, text: string, input: string, out: string, T: CliText): Promise<void> {
  if (await samePath(file, input)) throw new CliFailure(2, T.sameAsInput(file));
  if (await samePath(file, out)) throw new CliFailure(2, T.jsonIsOutput(file));
  try {
    await writeFileAtomic(file, Buffer.from(text, 'utf8'));
  } catch (e) {
    throw new CliFailure(2, T.writeFailed(file, e instanceof Error ? e.message : String(e)), { cause: e });
  }
}
