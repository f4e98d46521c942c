/**
 * The command line end to end on an .xlsx of each size: a separate Node process, as a user runs
 * it (`node build/.../main.js file.xlsx --out result.xlsx`), timed from spawn to exit, with its
 * peak resident memory.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './measure';

export interface CliFigures {
  units: number;
  runs: number;
  /** Wall time from spawn to exit. */
  medianMs: number;
  maxRssBytes: number;
  inputBytes: number;
  outputBytes: number;
}

export class CliRunError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CliRunError';
  }
}

interface Usage {
  maxRssBytes: number;
}

function runOnce(cliMain: string, preload: string, input: string, out: string, usageFile: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // Node's default heap limit, as a user runs it.
    const child = spawn(process.execPath, ['-r', preload, cliMain, input, '--out', out], {
      env: { ...process.env, BENCH_RUSAGE_FILE: usageFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
    child.on('error', (e) => reject(new CliRunError(`cannot start the command line: ${e.message}`, { cause: e })));
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (code === 0) resolve(ms);
      else reject(new CliRunError(`the command line exited with ${String(code)} on ${path.basename(input)}: ${stderr.slice(-2000)}`));
    });
  });
}

export async function benchCli(options: { cliMain: string; preload: string; input: string; outDir: string; units: number; runs: number }): Promise<CliFigures> {
  const { cliMain, preload, input, outDir, units, runs } = options;
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, `result-${units}.xlsx`);
  const usageFile = path.join(outDir, `usage-${units}.json`);
  const times: number[] = [];
  let maxRss = 0;
  for (let i = 0; i < runs; i++) {
    fs.rmSync(out, { force: true });
    times.push(await runOnce(cliMain, preload, input, out, usageFile));
    const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as Usage;
    maxRss = Math.max(maxRss, usage.maxRssBytes);
  }
  return {
    units, runs, medianMs: median(times), maxRssBytes: maxRss,
    inputBytes: fs.statSync(input).size, outputBytes: fs.statSync(out).size,
  };
}
