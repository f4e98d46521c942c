/**
 * Saving a workbook without ever damaging a file: the bytes go to a temporary file in the
 * output's folder, are flushed to disk, and the temporary file is then renamed over the output
 * path (an atomic replace on one file system). The input workbook's path is refused.
 */
import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { WorkbookError } from '../port';
import type { XlsxWorkbook } from './workbook';

/** Refusal to write the output over the workbook that was read. */
export class OutputIsInputError extends WorkbookError {
  constructor(readonly path: string) {
    super('write-failed', `The output ${path} is the input workbook; it is never written over`);
    this.name = 'OutputIsInputError';
  }
}

/** A file-system "does not exist" error (checked by code: errors may come from another realm). */
function isMissing(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** The path with symbolic links resolved where the file (or its folder) exists. */
async function canonical(path: string): Promise<string> {
  const full = resolve(path);
  try {
    return await realpath(full);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  // The file does not exist (yet): resolve its folder instead.
  try {
    return join(await realpath(dirname(full)), basename(full));
  } catch (error) {
    if (!isMissing(error)) throw error;
    return full;
  }
}

/** Device and inode of an existing file, to catch hard links; undefined when missing. */
async function identity(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}`;
  } catch (error) {
    if (!isMissing(error)) throw error;
    return undefined;
  }
}

/** True when both paths name the same file (after `.`, `..`, symbolic links, hard links). */
export async function samePath(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([canonical(a), canonical(b)]);
  const caseless = process.platform === 'win32' || process.platform === 'darwin';
  if (caseless ? x.toLowerCase() === y.toLowerCase() : x === y) return true;
  const [ix, iy] = await Promise.all([identity(x), identity(y)]);
  return ix !== undefined && ix === iy;
}

/** Writes `data` to `target` through a temporary sibling file and a rename. */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const full = resolve(target);
  const temp = join(dirname(full), `.${basename(full)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await open(temp, 'wx');
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, full);
  } catch (cause) {
    if (created) {
      await unlink(temp).catch((unlinkError: unknown) => {
        throw new WorkbookError('write-failed', `Cannot write ${target}; the temporary file ${temp} is left behind`, {
          cause: new AggregateError([cause, unlinkError]),
        });
      });
    }
    throw new WorkbookError('write-failed', `Cannot write ${target}`, { cause });
  }
}

/** Saves the workbook to `outPath` atomically; refuses the path it was read from. */
export async function saveXlsxAtomic(workbook: XlsxWorkbook, outPath: string): Promise<void> {
  if (workbook.sourcePath !== undefined && (await samePath(workbook.sourcePath, outPath))) {
    throw new OutputIsInputError(resolve(outPath));
  }
  const data = await workbook.toBuffer();
  await writeFileAtomic(outPath, data);
}
