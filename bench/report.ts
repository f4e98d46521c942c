/** Printing the bench: aligned tables, the machine, and the budgets as PASS/FAIL lines. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export interface Budget {
  name: string;
  /** undefined: not measured in this run (say why in `figure`). */
  pass: boolean | undefined;
  figure: string;
}

export function budgetLines(budgets: readonly Budget[]): string {
  return budgets.map((b) => `${b.pass === undefined ? 'SKIP' : b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.figure}`).join('\n');
}

function nproc(): string {
  try {
    return execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch (e) {
    return `${os.cpus().length} (nproc failed: ${e instanceof Error ? e.message : String(e)})`;
  }
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  return [
    `date: ${new Date().toISOString()}`,
    `machine: ${cpu}, nproc ${nproc()}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`,
    `node ${process.version}; load average at start: ${load}`,
  ].join('\n');
}

export const loadNow = (): string => os.loadavg().map((x) => x.toFixed(2)).join(' ');
