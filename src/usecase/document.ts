/**
 * The appendix as a Word document, for both shells: the plan just written (the tables the
 * workbook got) and its language, handed to a document builder the shell gives (src/docx, which
 * brings a library: the pane loads it only when asked, so the use case never imports it).
 */
import type { WritePlan } from '../appendix/types';
import type { Lang } from '../engine/types';
import type { GroupResult } from './engine';

/** Builds the .docx bytes of a plan (src/docx's `appendixDocx`). */
export type AppendixDocumentBuilder = (plan: WritePlan, options: { lang: Lang }) => Promise<Uint8Array>;

/** What a run wrote: its groups' results and the plan (a `RunOutcome` that wrote, or the pane's `Generated`). */
export interface WrittenAppendix {
  results: readonly GroupResult[];
  plan: WritePlan;
}

/** The written appendix as a .docx, in the language its tables were written in (the first group's; all share it). */
export function appendixDocument(written: WrittenAppendix, build: AppendixDocumentBuilder): Promise<Uint8Array> {
  const lang: Lang = written.results[0]?.result.options.lang ?? 'vi';
  return build(written.plan, { lang });
}
