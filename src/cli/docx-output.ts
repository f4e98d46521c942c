/**
 * `--docx FILE`: the appendix the workbook got, as a Word document (src/docx, built through the
 * use case), written through a temporary file renamed into place like the workbook's copy. The
 * document builder and its library are loaded only when asked for, so a run without --docx starts
 * as fast as before.
 */
import { constants } from 'fs';
import { access } from 'fs/promises';
import path from 'path';
import type { Lang } from '../engine/types';
import { appendixDocument, type WrittenAppendix } from '../usecase';
import { samePath, writeFileAtomic } from '../workbook/xlsx/save';
import { writeProblemText } from './file-messages';
import { CliFailure, reason, writeProblemOf } from './io';
import type { CliText } from './messages';

/**
 * Refuses, before anything is written, a Word file named like the input, the output or the JSON,
 * or in a folder that cannot be written (the same sentence as for the workbook, naming --docx).
 */
export async function checkDocxPath(file: string, others: { input: string; out: string; json?: string }, T: CliText, lang: Lang): Promise<void> {
  if (await samePath(file, others.input)) throw new CliFailure(2, T.sameAsInput(file));
  const json = others.json !== undefined && others.json !== '-' ? path.resolve(others.json) : undefined;
  if ((await samePath(file, others.out)) || (json !== undefined && (await samePath(file, json)))) throw new CliFailure(2, T.docxIsOutput(file));
  try {
    await access(path.dirname(file), constants.W_OK);
  } catch (e) {
    throw writeFailure(e, file, lang);
  }
}

function writeFailure(e: unknown, file: string, lang: Lang): CliFailure {
  const problem = writeProblemText(writeProblemOf(e), file, path.dirname(path.resolve(file)), lang, '--docx');
  return new CliFailure(2, problem, { cause: e, detail: reason(e) });
}

/** Builds the document of what was written and saves it to `file`; a file problem is one sentence (exit 2). */
export async function writeDocx(file: string, written: WrittenAppendix, lang: Lang): Promise<void> {
  const { appendixDocx } = await import('../docx');
  const bytes = await appendixDocument(written, appendixDocx);
  try {
    await writeFileAtomic(file, bytes);
  } catch (e) {
    throw writeFailure(e, file, lang);
  }
}
