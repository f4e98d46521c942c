/**
 * Files for the command line: open a workbook of any kind Excel opens (.xlsx, .xlsm through the
 * package adapter; .xls, .ods read by the legacy reader into a new .xlsx package), and write the
 * result copy atomically (temporary file, then rename). Every failure becomes one sentence naming
 * the file and what to do (file-messages.ts); the library's own words are kept as a detail.
 */
import fs from 'fs';
import path from 'path';
import type { WritePlan } from '../appendix/types';
import type { Lang } from '../engine/types';
import { blankPackageOf, cfbContentOf, fileKindOf, LegacyReadError, type LostFeature, ODS_MIMETYPE, readLegacyWorkbook } from '../workbook/legacy';
import { OutputIsInputError, PackageError, PackageWorkbook, savePackageAtomic, ZipError } from '../workbook/package';
import { ZipArchive } from '../workbook/package/zip';
import type { ApplyReport, ProgressReport, WorkbookPort } from '../workbook/port';
import { type ReadProblem, readProblemText, type WriteProblem, writeProblemText } from './file-messages';
import type { CliText } from './messages';

/** A failure the command line reports as a message and an exit code (never a stack trace). */
export class CliFailure extends Error {
  constructor(readonly exitCode: 1 | 2, message: string, options?: { cause?: unknown; detail?: string }) {
    super(message, options);
    this.name = 'CliFailure';
    this.detail = options?.detail;
  }

  /** The technical detail (a library's words), printed only with --verbose. */
  readonly detail?: string;
}

/** The chain of messages of an error and its causes: the technical detail. */
export const reason = (e: unknown): string => {
  const parts: string[] = [];
  let cur: unknown = e;
  while (cur instanceof Error && parts.length < 4) { parts.push(cur.message); cur = cur.cause; }
  return parts.length > 0 ? parts.join(': ') : String(e);
};

export type WorkbookFormat = 'xlsx' | 'xlsm' | 'xls' | 'ods';

export interface OpenedWorkbook {
  workbook: PackageWorkbook;
  format: WorkbookFormat;
  /** For .xls and .ods: what the new .xlsx does not carry of the original. */
  notCarried: LostFeature[];
}

const codeOf = (e: unknown): string | undefined =>
  (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined);

/** The problem an error of reading a workbook stands for; undefined when it is no file problem (a bug). */
export function readProblemOf(e: unknown): ReadProblem | undefined {
  if (e instanceof ZipError || e instanceof PackageError) {
    const problem = e.problem;
    switch (problem) {
      case 'not-zip': return 'not-a-workbook';
      case 'truncated': return 'cut-off';
      case 'corrupt': return 'corrupt';
      case 'encrypted': return 'encrypted';
      case 'unsupported': return 'unsupported';
      case 'strict': return 'strict';
      case 'not-a-workbook': return 'not-a-workbook';
    }
  }
  if (e instanceof LegacyReadError) return e.problem === 'encrypted' ? 'encrypted' : e.problem === 'damaged' ? 'corrupt' : 'not-a-workbook';
  switch (codeOf(e)) {
    case 'ENOENT': case 'ENOTDIR': return 'missing';
    case 'EISDIR': return 'not-a-file';
    case 'EACCES': case 'EPERM': return 'no-permission';
    case 'EBUSY': case 'ETXTBSY': return 'in-use';
    default: return undefined;
  }
}

function readFailure(problem: ReadProblem, file: string, lang: Lang, cause?: unknown): CliFailure {
  return new CliFailure(2, readProblemText(problem, file, lang), { cause, ...(cause === undefined ? {} : { detail: reason(cause) }) });
}

/** A failure while a workbook is read: a sentence when it is a file problem, else thrown as it came. */
export function asReadFailure(e: unknown, file: string, lang: Lang): unknown {
  if (e instanceof CliFailure) return e;
  const problem = readProblemOf(e);
  return problem === undefined ? e : readFailure(problem, file, lang, e);
}

export async function openWorkbook(file: string, lang: Lang): Promise<OpenedWorkbook> {
  try {
    if (!fs.statSync(file).isFile()) throw readFailure('not-a-file', file, lang);
    const bytes = new Uint8Array(fs.readFileSync(file));
    if (bytes.length === 0) throw readFailure('empty', file, lang);
    switch (fileKindOf(bytes)) {
      case 'text': throw readFailure('text', file, lang);
      case 'empty': throw readFailure('empty', file, lang);
      case 'unknown': throw readFailure('not-a-workbook', file, lang);
      case 'cfb': {
        const { content } = cfbContentOf(bytes);
        if (content === 'encrypted-ooxml') throw readFailure('encrypted', file, lang);
        if (content !== 'xls') throw readFailure('not-a-workbook', file, lang);
        return await legacy(bytes, 'xls', file);
      }
      case 'zip': {
        const zip = ZipArchive.open(bytes);
        if (!zip.has('[Content_Types].xml') && zip.textOf('mimetype')?.trim() === ODS_MIMETYPE) return await legacy(bytes, 'ods', file);
        const workbook = PackageWorkbook.fromBytes(bytes, path.resolve(file));
        return { workbook, format: workbook.kind, notCarried: [] };
      }
    }
  } catch (e) {
    throw asReadFailure(e, file, lang);
  }
}

/** An .xls or .ods: its sheets' values in a new package, the result spliced into it as into any. */
async function legacy(bytes: Uint8Array, format: 'xls' | 'ods', file: string): Promise<OpenedWorkbook> {
  const read = await readLegacyWorkbook(bytes, format);
  // Its path kept, so the copy is never written over the original.
  return { workbook: PackageWorkbook.fromBytes(blankPackageOf(read), path.resolve(file)), format, notCarried: read.notCarried };
}

/** The output beside the input: `<name>-xep-hang.xlsx`, `.xlsm` for a workbook with macros. */
export function defaultOutputPath(input: string, format: WorkbookFormat = 'xlsx'): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-xep-hang.${format === 'xlsm' ? 'xlsm' : 'xlsx'}`);
}

export function writeProblemOf(e: unknown): WriteProblem {
  let cur: unknown = e;
  for (let depth = 0; cur !== undefined && depth < 5; depth++) {
    switch (codeOf(cur)) {
      case 'EACCES': case 'EPERM': case 'EROFS': case 'ENOENT': case 'ENOTDIR': return 'folder-not-writable';
      case 'ENOSPC': case 'EDQUOT': return 'disk-full';
      case 'EBUSY': case 'ETXTBSY': return 'in-use';
    }
    cur = cur instanceof Error ? cur.cause : undefined;
  }
  return 'failed';
}

/**
 * Applies the plan to the in-memory package and saves it to `out` through a temporary file in the
 * same folder, renamed into place only when complete: an interrupted run leaves no half-written
 * workbook, and the input file is never opened for writing (the same file under another path, a
 * link included, is refused).
 */
export async function writeOutput(
  workbook: PackageWorkbook, plan: WritePlan, out: string, T: CliText, lang: Lang, onProgress?: (p: ProgressReport) => void,
): Promise<ApplyReport> {
  const report = await workbook.applyPlan(plan, onProgress);
  try {
    await savePackageAtomic(workbook, out);
    return report;
  } catch (e) {
    if (e instanceof OutputIsInputError) throw new CliFailure(2, T.sameAsInput(out), { cause: e });
    throw new CliFailure(2, writeProblemText(writeProblemOf(e), out, path.dirname(path.resolve(out)), lang), { cause: e, detail: reason(e) });
  }
}

/**
 * The input workbook as the use case's port, where applying the plan means writing the copy:
 * `writeOutput` to `out`. Reading goes to the workbook read from the input; a part that turns out
 * damaged when read is said as the file's problem.
 */
export function outputPort(workbook: PackageWorkbook, file: string, out: string, T: CliText, lang: Lang): WorkbookPort {
  const reading = async <R>(read: () => Promise<R>): Promise<R> => {
    try {
      return await read();
    } catch (e) {
      throw asReadFailure(e, file, lang);
    }
  };
  return {
    listSheets: () => reading(() => workbook.listSheets()),
    activeSheetName: () => reading(() => workbook.activeSheetName()),
    readSheet: (name) => reading(() => workbook.readSheet(name)),
    readSheets: (names) => reading(() => workbook.readSheets(names)),
    select: (sheet, address) => workbook.select(sheet, address),
    applyPlan: (plan, onProgress) => writeOutput(workbook, plan, out, T, lang, onProgress),
  };
}
