/**
 * The production task pane bundle: built with the project's webpack.config.js into a folder of
 * the bench's own (dist/ is left alone), measured with scripts/bundle-size.js (the scripts
 * taskpane.html loads, gzip level 9).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface BundleFigures {
  files: { file: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
}

function node(args: readonly string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString('utf8'); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The figures, or why there are none. */
export async function buildBundle(root: string, outDir: string): Promise<BundleFigures | string> {
  if (!fs.existsSync(path.join(root, 'webpack.config.js'))) return 'not measured: webpack.config.js is missing';
  const sizeScript = path.join(root, 'scripts', 'bundle-size.js');
  if (!fs.existsSync(sizeScript)) return 'not measured: scripts/bundle-size.js is missing';
  const webpack = path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js');
  const built = await node([webpack, '--mode', 'production', '--env', `outDir=${outDir}`, '--env', 'addinUrl=https://example.org/cchc/'], root);
  if (built.code !== 0) return `not measured: webpack failed (${(built.stderr || built.stdout).trim().split('\n').slice(-5).join(' | ')})`;
  const measured = await node([sizeScript, outDir, '--json'], root);
  const line = measured.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as BundleFigures;
  } catch (e) {
    return `not measured: bundle-size.js printed no JSON (${line.slice(0, 200)}; ${e instanceof Error ? e.message : String(e)})`;
  }
}
