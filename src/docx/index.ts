/**
 * The ranking appendix as a Word document (.docx), built from the write plan the workbook gets:
 * each sheet of the plan a section of its own, in the plan's order, laid out per Nghị định
 * 30/2020/NĐ-CP (page.ts; docs/decisions.md). Whatever the appendix writes, the document follows.
 */
import { Document, Packer } from 'docx';
import type { WritePlan } from '../appendix/types';
import type { Lang } from '../engine/types';
import { BODY_SIZE, FONT } from './page';
import { appendixWord, sheetSection } from './section';
import { SheetGrid } from './sheet-grid';

export interface AppendixDocxOptions {
  /** The plan's language: numbers in its convention, the "Phụ lục" line in its words. */
  lang: Lang;
}

/** The document's title: the line under the first sheet's "Phụ lục" line (the appendix's name), else the sheet's name. */
function titleOf(grids: readonly SheetGrid[], lang: Lang): string {
  const grid = grids[0];
  if (grid === undefined) return lang === 'vi' ? 'Phụ lục' : 'Appendix';
  const texts: string[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const c = grid.filled(r)[0];
    const value = c === undefined ? null : grid.value(r, c);
    if (typeof value === 'string') texts.push(value);
  }
  const at = texts.findIndex((t) => appendixWord(t, lang) !== undefined);
  return at >= 0 && at + 1 < texts.length ? texts[at + 1] : grid.sheet.name;
}

/** The appendix of a plan as the bytes of a .docx file. A plan without sheets gives an empty document. */
export async function appendixDocx(plan: WritePlan, options: AppendixDocxOptions): Promise<Uint8Array> {
  const grids = plan.sheets.map((sheet) => new SheetGrid(sheet));
  const sections = grids.map((grid) => sheetSection(grid, options.lang).section);
  const document = new Document({
    title: titleOf(grids, options.lang),
    creator: 'Chỉ số CCHC',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE * 2, language: { value: options.lang === 'vi' ? 'vi-VN' : 'en-GB' } },
        },
      },
    },
    sections: sections.length > 0 ? sections : [{ children: [] }],
  });
  return Packer.pack(document, 'uint8array');
}
