/** Runs a bench script in a child Node process and parses the JSON line it prints. */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export class ChildFailure extends Error {
  constructor(message: string, readonly timedOut: boolean, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ChildFailure';
  }
}

export interface ChildResult<T> {
  value: T;
  wallMs: number;
}

export function runChild<T>(script: string, args: readonly string[], options: { nodeArgs?: readonly string[]; timeoutMs?: number } = {}): Promise<ChildResult<T>> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = options.timeoutMs ? setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, options.timeoutMs) : undefined;
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString('utf8'); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
    child.on('error', (e) => reject(new ChildFailure(`cannot start ${script}: ${e.message}`, false, { cause: e })));
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      const wallMs = performance.now() - t0;
      if (timedOut) { reject(new ChildFailure(`${args.join(' ')}: stopped after ${Math.round(wallMs / 1000)} s`, true)); return; }
      if (code !== 0) { reject(new ChildFailure(`${args.join(' ')}: exit ${String(code)}\n${stderr.slice(-3000)}`, false)); return; }
      const line = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve({ value: JSON.parse(line) as T, wallMs });
      } catch (cause) {
        reject(new ChildFailure(`${args.join(' ')}: no JSON result (${line.slice(0, 200)})`, false, { cause }));
      }
    });
  });
}
