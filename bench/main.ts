/**
 * `npm run bench`: the engine against the floor and against HyperFormula, memory, the Office
 * adapter on the strict fake, the command line end to end and the task pane bundle, on synthetic
 * standard sheets of 20, 1,000 and 10,000 units × 200 leaf criteria, and whole workbooks read
 * through the Office adapter (30 one-unit forms, two standard sheets); then the budgets.
 *
 *   node --expose-gc build/bench/bench/main.js [--skip cli,bundle,...] [--sizes 20,1000]
 *        [--hyperformula-10k]
 *
 * Sections: engine, memory, hyperformula, office, read, cli, bundle. Each measurement runs in its own
 * process. Results also go to build/bench/results.json.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type CliFigures, benchCli } from './cli-bench';
import { ChildFailure, runChild } from './child';
import type { EngineFigures } from './engine-bench';
import type { HyperFormulaFigures } from './hyperformula-bench';
import { kb, mb, ms } from './measure';
import type { MemoryFigures } from './memory-child';
import type { OfficeFigures, WorkbookReadFigures } from './office-bench';
import { type Budget, budgetLines, loadNow, machine, table } from './report';
import { COMPONENTS, CRITERIA_PER_COMPONENT, LEAF_COUNT, syntheticSheet } from './sheet';
import { buildBundle, type BundleFigures } from './bundle-bench';
import { benchRead, type ReadResult } from './read-bench';
import { sheetXlsx } from './xlsx-file';

const BUILD = path.resolve(__dirname, '..');
const ROOT = path.resolve(BUILD, '../..');
const script = (name: string): string => path.join(__dirname, `${name}.js`);
const FOUR_MB = 4 * 1024 * 1024;
/** One-unit forms in the workbook read with readSheets (the issue's budget: at most 2 syncs). */
const FORMS = 30;

interface Args {
  skip: Set<string>;
  sizes: number[];
  hyperformula10k: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { skip: new Set(), sizes: [20, 1000, 10000], hyperformula10k: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--skip') args.skip = new Set((argv[++i] ?? '').split(','));
    else if (argv[i] === '--sizes') args.sizes = (argv[++i] ?? '').split(',').map(Number).filter((n) => n > 0);
    else if (argv[i] === '--hyperformula-10k') args.hyperformula10k = true;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return args;
}

const say = (text = ''): void => { process.stdout.write(`${text}\n`); };
const n = (x: number): string => x.toLocaleString('en-US');
const ratio = (x: number): string => `${x >= 100 ? x.toFixed(0) : x.toFixed(1)}×`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const run = (section: string): boolean => !args.skip.has(section);
  const results: Record<string, unknown> = {};
  say('CCHC benchmark');
  say(machine());
  say(`sheet: ${COMPONENTS} components × ${CRITERIA_PER_COMPONENT} criteria × ${LEAF_COUNT / COMPONENTS / CRITERIA_PER_COMPONENT} leaves = ${LEAF_COUNT} leaf criteria (${COMPONENTS * CRITERIA_PER_COMPONENT + COMPONENTS + LEAF_COUNT} criterion rows), quarter-point scores, subtotals and totals as formula results`);
  say();

  const engine: EngineFigures[] = [];
  const hyper = new Map<number, HyperFormulaFigures | string>();
  if (run('engine')) {
    for (const units of args.sizes) engine.push((await runChild<EngineFigures>(script('worker'), ['engine', String(units)], { nodeArgs: ['--expose-gc'] })).value);
  }
  if (run('hyperformula')) {
    for (const units of args.sizes) {
      if (units > 1000 && !args.hyperformula10k) { hyper.set(units, 'skipped (minutes and gigabytes: run with --hyperformula-10k)'); continue; }
      const runs = units <= 100 ? 5 : units <= 1000 ? 3 : 1;
      try {
        hyper.set(units, (await runChild<HyperFormulaFigures>(script('worker'), ['hyperformula', String(units), String(runs)], {
          nodeArgs: ['--max-old-space-size=16384'], timeoutMs: 30 * 60 * 1000 })).value);
      } catch (e) {
        if (!(e instanceof ChildFailure)) throw e;
        hyper.set(units, `failed: ${e.message.split('\n')[0]}`);
      }
    }
  }
  if (engine.length > 0) {
    say('Engine: median (fastest) over several runs; scoreSheet = detect + validate + compute + rank; ratios of medians');
    say(table(
      ['units', 'leaf cells', 'floor', 'scoreSheet', '÷ floor', 'buildWritePlan', 'plan cells', 'HyperFormula', 'HF ÷ scoreSheet'],
      engine.map((e) => {
        const hf = hyper.get(e.units);
        return [n(e.units), n(e.cells), `${ms(e.floor.median)} (${ms(e.floor.min)})`, `${ms(e.score.median)} (${ms(e.score.min)})`,
          ratio(e.score.median / e.floor.median), ms(e.plan.median), n(e.planCells),
          hf === undefined ? '-' : typeof hf === 'string' ? 'skipped' : ms(hf.timing.median),
          hf === undefined || typeof hf === 'string' ? '-' : ratio(hf.timing.median / e.score.median)];
      }),
    ));
    for (const [units, hf] of hyper) if (typeof hf === 'string') say(`HyperFormula at ${n(units)} units: ${hf}`);
    say('floor: one loop summing the leaf cells of every unit as Float64, row by row, from the same values arrays.');
    say('HyperFormula: build + evaluate the sheet with SUM subtotals/totals and COUNTIF(row,">"&x)+1 ranks (RANK.EQ\'s definition; HyperFormula has no RANK.EQ); totals and ranks checked.');
    say();
  }
  results.engine = engine;
  results.hyperformula = Object.fromEntries(hyper);

  const memory: MemoryFigures[] = [];
  if (run('memory')) {
    for (const units of args.sizes) memory.push((await runChild<MemoryFigures>(script('memory-child'), [String(units)], { nodeArgs: ['--expose-gc'] })).value);
    say('Memory: V8 heap + array buffers, one process per size; peaks sampled before every GC (an upper bound)');
    say(table(['units', 'grid', 'scoreSheet peak', '÷ grid', 'result kept', 'buildWritePlan peak'],
      memory.map((m) => [n(m.units), mb(m.gridBytes), mb(m.scorePeakBytes), ratio(m.scorePeakBytes / m.gridBytes), mb(m.resultBytes), mb(m.planPeakBytes)])));
    say();
  }
  results.memory = memory;

  const office: OfficeFigures[] = [];
  const workbooks: WorkbookReadFigures[] = [];
  if (run('office')) {
    // The budgets name 20 and 2,000 units, and 10,000 for the request size.
    const sizes = Math.max(...args.sizes) >= 10000 ? [20, 2000, 10000] : [20, 2000];
    for (const units of sizes) {
      office.push((await runChild<OfficeFigures>(script('worker'), ['office', String(units)], { nodeArgs: ['--max-old-space-size=8192'] })).value);
    }
    say('Office adapter on the strict fake Excel: one "generate" = read the sheet + write the result sheets');
    say(table(['units', 'read syncs', 'write syncs', 'run syncs', 'largest request', 'largest response', 'refused'],
      office.map((o) => [n(o.units), String(o.read.syncs), String(o.write.syncs), String(o.run.syncs), kb(o.run.maxRequestBytes), kb(o.run.maxResponseBytes), String(o.run.failed)])));
    say('refused: syncs the fake rejected for a response over 5 MB, after which the adapter reads the sheet in bands.');
    say();
    workbooks.push(...(await runChild<WorkbookReadFigures[]>(script('worker'), ['office-workbooks', String(FORMS), '11'])).value);
    say('Office adapter reading whole workbooks on the strict fake: readSheets, then readWorkbook + scoreModel (median of 11 runs)');
    say(table(['workbook', 'sheets', 'units', 'read syncs', 'largest response', 'refused', 'read', 'score'],
      workbooks.map((w) => [w.workbook, String(w.sheets), String(w.units), String(w.read.syncs), kb(w.read.maxResponseBytes), String(w.read.failed), ms(w.readMs), ms(w.scoreMs)])));
    say();
  }
  results.office = office;
  results.officeWorkbooks = workbooks;

  const reads: ReadResult[] = [];
  if (run('read')) {
    for (const units of args.sizes) {
      const input = await sheetXlsx(path.join(BUILD, 'bench-cache'), syntheticSheet(units));
      const runs = units <= 1000 ? 5 : 3;
      reads.push(await benchRead(script('read-child'), input, units, 'package', runs));
      reads.push(await benchRead(script('read-child'), input, units, 'exceljs', units <= 100 ? runs : units <= 1000 ? 3 : 1));
    }
    say('Reading the .xlsx: file -> workbook -> grid of the scoring sheet, one process per run (median time, CPU time, largest peak RSS)');
    say(table(['reader', 'units', 'cells', 'runs', 'time', 'CPU', 'peak RSS'], reads.map((r) => ('error' in r
      ? [`${r.reader === 'package' ? 'package reader' : 'ExcelJS reader'}: read ${n(r.units)} × ${LEAF_COUNT}`, n(r.units), '', '', 'FAILED', '', '']
      : [`${r.reader === 'package' ? 'package reader' : 'ExcelJS reader'}: read ${n(r.units)} × ${LEAF_COUNT}`, n(r.units), n(r.cells), String(r.runs),
        ms(r.medianMs), ms(r.medianCpuMs), mb(r.maxRssBytes)]))));
    for (const r of reads) if ('error' in r) say(`${r.reader} at ${n(r.units)} units: ${r.error}`);
    say('CPU: user + system time of the whole process (Node starting included); on a loaded machine the time exceeds it.');
    say();
  }
  results.read = reads;

  const cli: (CliFigures | { units: number; error: string })[] = [];
  if (run('cli')) {
    // The command line as users run it: the one-file bundle `npm run score` builds.
    const cliDir = path.join(BUILD, 'cli');
    execFileSync('npx', ['webpack', '-c', 'webpack.cli.config.js', '--env', `outDir=${cliDir}`], { cwd: ROOT, stdio: 'pipe' });
    for (const units of args.sizes) {
      const input = await sheetXlsx(path.join(BUILD, 'bench-cache'), syntheticSheet(units));
      try {
        cli.push(await benchCli({ cliMain: path.join(cliDir, 'cchc.js'), preload: script('rusage-preload'), input,
          outDir: path.join(BUILD, 'bench-out'), units, runs: units <= 100 ? 5 : units <= 1000 ? 3 : 1 }));
      } catch (e) {
        cli.push({ units, error: e instanceof Error ? e.message : String(e) });
      }
    }
    say('Command line end to end: node cchc.js sheet.xlsx --out result.xlsx, side by side with a bare `node -e 0` and with');
    say('LibreOffice converting the same file (soffice --headless --convert-to xlsx); spawn to exit, median, alternating');
    say(table(['units', 'input', 'runs', 'command line', 'peak RSS', 'node -e 0', '× bare', 'LibreOffice', 'its peak RSS', 'output'],
      cli.map((c) => ('error' in c
        ? [n(c.units), '', '', 'FAILED', '', '', '', '', '', '']
        : [n(c.units), kb(c.inputBytes), String(c.runs), ms(c.medianMs), mb(c.maxRssBytes), ms(c.bareNode.medianMs),
          ratio(c.medianMs / c.bareNode.medianMs), c.libreOffice ? ms(c.libreOffice.medianMs) : 'no soffice',
          c.libreOffice ? mb(c.libreOffice.maxRssBytes) : '', kb(c.outputBytes)]))));
    for (const c of cli) if ('error' in c) say(`${n(c.units)} units: ${c.error}`);
    say();
  }
  results.cli = cli;

  let bundle: BundleFigures | string | undefined;
  if (run('bundle')) {
    bundle = await buildBundle(ROOT, path.join(BUILD, 'dist'));
    say('Task pane bundle (webpack --mode production): initial JavaScript of taskpane.html');
    if (typeof bundle === 'string') say(bundle);
    else say(table(['file', 'bytes', 'gzip'], [...bundle.files.map((f) => [f.file, kb(f.bytes), kb(f.gzip)]), ['total', kb(bundle.bytes), kb(bundle.gzip)]]));
    say();
  }
  results.bundle = bundle;

  const budgets = makeBudgets(engine, hyper, memory, office, workbooks, reads, cli, bundle);
  say(`Budgets (load average now: ${loadNow()})`);
  say(budgetLines(budgets));
  results.budgets = budgets;
  fs.writeFileSync(path.join(BUILD, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

function makeBudgets(
  engine: EngineFigures[], hyper: Map<number, HyperFormulaFigures | string>, memory: MemoryFigures[],
  office: OfficeFigures[], workbooks: WorkbookReadFigures[], reads: readonly ReadResult[], cli: (CliFigures | { units: number; error: string })[],
  bundle: BundleFigures | string | undefined,
): Budget[] {
  const budgets: Budget[] = [];
  const e10k = engine.find((e) => e.units === 10000);
  budgets.push({ name: 'engine (scoreSheet) at 10,000 × 200 within 4× the floor', pass: e10k ? e10k.score.median <= 4 * e10k.floor.median : undefined,
    figure: e10k ? `${ms(e10k.score.median)} vs floor ${ms(e10k.floor.median)} = ${ratio(e10k.score.median / e10k.floor.median)} (with buildWritePlan: ${ratio((e10k.score.median + e10k.plan.median) / e10k.floor.median)})` : 'not measured' });
  const e1k = engine.find((e) => e.units === 1000);
  const h1k = hyper.get(1000);
  const hfRatio = e1k && h1k && typeof h1k !== 'string' ? h1k.timing.median / e1k.score.median : undefined;
  budgets.push({ name: 'engine at 1,000 units at least 20× faster than HyperFormula', pass: hfRatio === undefined ? undefined : hfRatio >= 20,
    figure: hfRatio === undefined ? 'not measured' : `HyperFormula ${ms((h1k as HyperFormulaFigures).timing.median)} vs scoreSheet ${ms((e1k as EngineFigures).score.median)} = ${ratio(hfRatio)}` });
  const m = memory.find((x) => x.units === 10000) ?? memory[memory.length - 1];
  budgets.push({ name: `engine peak heap under 10× the grid's size${m ? ` (${n(m.units)} units)` : ''}`, pass: m ? m.scorePeakBytes < 10 * m.gridBytes : undefined,
    figure: m ? `peak ${mb(m.scorePeakBytes)} vs grid ${mb(m.gridBytes)} = ${ratio(m.scorePeakBytes / m.gridBytes)}` : 'not measured' });
  for (const units of [20, 2000]) {
    const o = office.find((x) => x.units === units);
    budgets.push({ name: `Office adapter: at most 4 syncs per run at ${n(units)} units`, pass: o ? o.run.syncs <= 4 : undefined,
      figure: o ? `${o.run.syncs} (read ${o.read.syncs}, write ${o.write.syncs})` : 'not measured' });
  }
  const o10k = office.find((x) => x.units === 10000);
  budgets.push({ name: 'Office adapter: no request over 4 MB at 10,000 units', pass: o10k ? o10k.run.maxRequestBytes <= FOUR_MB : undefined,
    figure: o10k ? `largest request ${kb(o10k.run.maxRequestBytes)} in ${o10k.run.syncs} syncs` : 'not measured' });
  const forms = workbooks[0];
  budgets.push({ name: `Office adapter: ${FORMS} forms read in ≤ 2 syncs`, pass: forms ? forms.read.syncs <= 2 : undefined,
    figure: forms ? `${forms.read.syncs} sync(s), read ${ms(forms.readMs)}, score ${ms(forms.scoreMs)}` : 'not measured' });
  const r10k = reads.find((r) => r.units === 10000 && r.reader === 'package');
  const x10k = reads.find((r) => r.units === 10000 && r.reader === 'exceljs');
  const versus = x10k === undefined ? '' : 'error' in x10k ? '; ExcelJS reader failed' : `; ExcelJS reader ${ms(x10k.medianMs)}, ${mb(x10k.maxRssBytes)}`;
  budgets.push({ name: 'package reader: read 10,000 × 200 within 2.5 s', pass: r10k ? !('error' in r10k) && r10k.medianMs <= 2500 : undefined,
    figure: r10k ? ('error' in r10k ? r10k.error : `${ms(r10k.medianMs)} (CPU ${ms(r10k.medianCpuMs)}), peak RSS ${mb(r10k.maxRssBytes)}${versus}`) : 'not measured' });
  const c10k = cli.find((c) => c.units === 10000);
  budgets.push({ name: 'command line: 10,000 × 200 end to end in at most 6 s and 600 MB peak', pass: c10k ? !('error' in c10k) && c10k.medianMs <= 6000 && c10k.maxRssBytes <= 600 * 1024 * 1024 : undefined,
    figure: c10k ? ('error' in c10k ? c10k.error.split('\n')[0] : `${ms(c10k.medianMs)}, peak RSS ${mb(c10k.maxRssBytes)}${c10k.libreOffice ? ` (LibreOffice ${ms(c10k.libreOffice.medianMs)}, ${mb(c10k.libreOffice.maxRssBytes)})` : ''}`) : 'not measured' });
  const c20 = cli.find((c) => c.units === 20);
  budgets.push({ name: 'command line: 20 units within 3× a bare node -e 0', pass: c20 ? !('error' in c20) && c20.medianMs <= 3 * c20.bareNode.medianMs : undefined,
    figure: c20 ? ('error' in c20 ? c20.error.split('\n')[0] : `${ms(c20.medianMs)} vs ${ms(c20.bareNode.medianMs)} = ${(c20.medianMs / c20.bareNode.medianMs).toFixed(1)}×`) : 'not measured' });
  budgets.push({ name: 'task pane initial JavaScript at most 400 KB gzip', pass: bundle === undefined || typeof bundle === 'string' ? undefined : bundle.gzip <= 400 * 1024,
    figure: bundle === undefined ? 'not measured' : typeof bundle === 'string' ? bundle : `${kb(bundle.gzip)} gzip (${kb(bundle.bytes)} raw)` });
  return budgets;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 1;
});
