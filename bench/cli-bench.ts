/**
 * The command line end to end on an .xlsx of each size, side by side in one run with a bare Node
 * start (`node -e 0`, the floor of any command line in Node) and with LibreOffice's headless
 * conversion of the same file (`soffice --headless --convert-to xlsx`, what a desktop program
 * takes to open and save it): each a separate process, as a user runs it, timed from spawn to
 * exit, with its peak resident memory; the three alternate run by run so machine load hits all.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './measure';

export interface CommandFigures {
  runs: number;
  /** Wall time from spawn to exit. */
  medianMs: number;
  maxRssBytes: number;
}

export interface CliFigures extends CommandFigures {
  units: number;
  inputBytes: number;
  outputBytes: number;
  /** `node -e 0` with the same preload. */
  bareNode: CommandFigures;
  /** LibreOffice converting the same file to .xlsx; undefined when soffice is not installed. */
  libreOffice?: CommandFigures;
}

export class CliRunError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CliRunError';
  }
}

/** Runs a command to exit; its wall time and peak RSS (from the file `readRss` reads after it). */
function runOnce(command: string, argv: readonly string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
    child.on('error', (e) => reject(new CliRunError(`cannot start ${command}: ${e.message}`, { cause: e })));
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (code === 0) resolve({ ms, stderr });
      else reject(new CliRunError(`${path.basename(command)} exited with ${String(code)}: ${stderr.slice(-2000)}`));
    });
  });
}

interface Series {
  times: number[];
  maxRss: number;
}

const figures = (s: Series): CommandFigures => ({ runs: s.times.length, medianMs: median(s.times), maxRssBytes: s.maxRss });

function sofficeAvailable(): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => fs.existsSync(path.join(dir, 'soffice')));
}

export async function benchCli(options: { cliMain: string; preload: string; input: string; outDir: string; units: number; runs: number }): Promise<CliFigures> {
  const { cliMain, preload, input, outDir, units, runs } = options;
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, `result-${units}.xlsx`);
  const usageFile = path.join(outDir, `usage-${units}.json`);
  const rssOf = (): number => (JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { maxRssBytes: number }).maxRssBytes;
  const cli: Series = { times: [], maxRss: 0 };
  const bare: Series = { times: [], maxRss: 0 };
  const lo: Series | undefined = sofficeAvailable() ? { times: [], maxRss: 0 } : undefined;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lo-'));
  const loOut = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lo-out-'));
  try {
    for (let i = 0; i < runs; i++) {
      let r = await runOnce(process.execPath, ['-r', preload, '-e', '0'], { BENCH_RUSAGE_FILE: usageFile });
      bare.times.push(r.ms);
      bare.maxRss = Math.max(bare.maxRss, rssOf());

      fs.rmSync(out, { force: true });
      r = await runOnce(process.execPath, ['-r', preload, cliMain, input, '--out', out], { BENCH_RUSAGE_FILE: usageFile });
      cli.times.push(r.ms);
      cli.maxRss = Math.max(cli.maxRss, rssOf());

      if (lo) {
        // GNU time reports soffice's peak resident set (KB) as the last line of its stderr.
        r = await runOnce('/usr/bin/time', ['-f', '%M', 'soffice', `-env:UserInstallation=file://${profile}`, '--headless',
          '--convert-to', 'xlsx', '--outdir', loOut, input], {});
        lo.times.push(r.ms);
        const kbPeak = Number(r.stderr.trim().split('\n').pop());
        if (Number.isFinite(kbPeak)) lo.maxRss = Math.max(lo.maxRss, kbPeak * 1024);
      }
    }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(loOut, { recursive: true, force: true });
  }
  return {
    units, ...figures(cli), inputBytes: fs.statSync(input).size, outputBytes: fs.statSync(out).size,
    bareNode: figures(bare), ...(lo ? { libreOffice: figures(lo) } : {}),
  };
}
