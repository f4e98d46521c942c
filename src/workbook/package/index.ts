/**
 * The package adapter of the workbook port (command line): reads .xlsx/.xlsm packages directly
 * and writes the result sheets into the user's own package. Loads no ExcelJS, SheetJS or jszip.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { WorkbookError } from '../port';
import { OutputIsInputError, samePath, writeFileAtomic } from '../xlsx/save';
import { PackageWorkbook } from './workbook';

export { PackageWorkbook } from './workbook';
export { PackageError, type PackageProblem } from './parts';
export type { PackageSource, SpliceOutcome } from './splice';
export { ZipError, type ZipProblem } from './zip';
export { OutputIsInputError } from '../xlsx/save';

/** Reads a workbook file (a WorkbookError `read-failed` when the file cannot be read). */
export async function openPackage(file: string): Promise<PackageWorkbook> {
  const full = resolve(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(full);
  } catch (cause) {
    throw new WorkbookError('read-failed', `Cannot open ${file}`, { cause });
  }
  return PackageWorkbook.fromBytes(bytes, full);
}

/** Saves the workbook to `outPath` atomically; refuses the path it was read from. */
export async function savePackageAtomic(workbook: PackageWorkbook, outPath: string): Promise<void> {
  if (workbook.sourcePath !== undefined && (await samePath(workbook.sourcePath, outPath))) {
    throw new OutputIsInputError(resolve(outPath));
  }
  await writeFileAtomic(outPath, workbook.toBytes());
}
