/**
 * The title block of a scoring sheet: the lines above its header that say who issued it, for which
 * year and for which units ("UBND HUYỆN THANH TRÌ" / "KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH
 * NĂM 2021 CỦA UBND CÁC XÃ, THỊ TRẤN"). The appendix heading takes what the decision's details
 * leave empty from it. Text in TCVN3/VNI must be converted first (src/readers does it).
 *
 * What is read, rows above the header only (the first "STT"/"TT" cell, else the first ten rows):
 * - issuing body: the first cell starting "UBND" or "Ủy ban nhân dân" (not the national motto,
 *   not "Số: …"), as written;
 * - title: the first cell naming the index ("chỉ số", "CCHC", "cải cách hành chính") and a year,
 *   else the first naming the index ("HỘI ĐỒNG THẨM ĐỊNH CCHC" above the title is not it);
 * - year: "năm 2021" in the title (1990–2100), else in any cell of the block;
 * - ranked group: in the title, the words after "của" ("… NĂM 2021 CỦA UBND CÁC XÃ, THỊ TRẤN"),
 *   else the words from "(UBND) các" after the index's name ("CHỈ SỐ CCHC CÁC XÃ, THỊ TRẤN NĂM
 *   2024"), a trailing "năm 2021" left out.
 * Nothing found is left out of the result; a sheet without a title block gives {}.
 */
import type { SheetGrid } from './grid';
import { GridReader } from './sheet';
import { cellText, fold } from './text';

/** One thing read from the title block, with its cell (0-based sheet coordinates, and A1). */
export interface TitleBlockPart<T> {
  value: T;
  row: number;
  col: number;
  cell: string;
}

export interface TitleBlock {
  /** "UBND HUYỆN THANH TRÌ". */
  issuingBody?: TitleBlockPart<string>;
  /** The line naming the index, whole. */
  title?: TitleBlockPart<string>;
  /** 2021. */
  year?: TitleBlockPart<number>;
  /** "UBND CÁC XÃ, THỊ TRẤN", as written in the title. */
  rankedGroup?: TitleBlockPart<string>;
}

/** Rows searched for the header when the caller does not give it (the engine's detect looks as far). */
const HEADER_SEARCH_ROWS = 30;
/** Rows taken as the title block when no header is found. */
const NO_HEADER_ROWS = 10;
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

const ISSUING_BODY = /^(ubnd|uy ban nhan dan)( |$)/;
const NOT_A_TITLE = /^(cong hoa xa hoi|doc lap|so ?:|\()/;
const NAMES_THE_INDEX = /(^| )(chi so|cchc|cai cach hanh chinh)( |$)/;
const YEAR = /(?:^| )nam (\d{4})(?= |$|[.,;)])/;
const AFTER_CUA = /(?:^| )cua (.+?)(?: nam \d{4})?[ .;:]*$/;
const FROM_CAC = /(?:^| )((?:ubnd )?cac .+?)(?: nam \d{4})?[ .;:]*$/;

/**
 * What the rows above the header say. `headerRow`: the header's 0-based sheet row when known (a
 * reader's LayoutReport.headerRow), else the first row with a cell reading "STT" or "TT".
 */
export function readTitleBlock(grid: SheetGrid, headerRow?: number): TitleBlock {
  const g = new GridReader(grid);
  const end = Math.min(g.rows, headerRow !== undefined ? headerRow - g.originRow : findHeader(g) ?? NO_HEADER_ROWS);
  const block: TitleBlock = {};
  let yearElsewhere: TitleBlockPart<number> | undefined;
  let firstNaming: { text: string; folded: string; at: <T>(v: T) => TitleBlockPart<T> } | undefined;
  let titled = false;
  for (let r = 0; r < end; r++) {
    for (let c = 0; c < g.cols; c++) {
      const value = g.value(r, c);
      if (typeof value !== 'string') continue;
      const text = cellText(value);
      const folded = fold(text);
      if (folded === '' || NOT_A_TITLE.test(folded)) continue;
      const at = <T>(v: T): TitleBlockPart<T> => ({ value: v, row: g.sheetRow(r), col: g.sheetCol(c), cell: g.address(r, c) });
      const year = yearIn(folded);
      if (block.issuingBody === undefined && ISSUING_BODY.test(folded) && !NAMES_THE_INDEX.test(folded)) {
        block.issuingBody = at(text);
      } else if (!titled && NAMES_THE_INDEX.test(folded)) {
        firstNaming ??= { text, folded, at };
        if (year !== undefined) {
          setTitle(block, text, folded, at);
          titled = true;
        }
      }
      if (year !== undefined) yearElsewhere ??= at(year);
    }
  }
  if (!titled && firstNaming !== undefined) setTitle(block, firstNaming.text, firstNaming.folded, firstNaming.at);
  if (block.year === undefined && yearElsewhere !== undefined) block.year = yearElsewhere;
  return block;
}

function setTitle(block: TitleBlock, text: string, folded: string, at: <T>(v: T) => TitleBlockPart<T>): void {
  block.title = at(text);
  const year = yearIn(folded);
  if (year !== undefined) block.year = at(year);
  const group = rankedGroupIn(text, folded);
  if (group !== undefined) block.rankedGroup = at(group);
}

/** The grid row of the first cell reading "STT" or "TT" (the engine's header), if any. */
function findHeader(g: GridReader): number | undefined {
  for (let r = 0; r < Math.min(g.rows, HEADER_SEARCH_ROWS); r++) {
    for (let c = 0; c < g.cols; c++) {
      const v = g.value(r, c);
      if (typeof v !== 'string') continue;
      const f = fold(v).replace(/[.:]/g, '');
      if (f === 'stt' || f === 'tt') return r;
    }
  }
  return undefined;
}

function yearIn(folded: string): number | undefined {
  const m = YEAR.exec(folded);
  if (!m) return undefined;
  const year = Number(m[1]);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
}

/**
 * The ranked group of a title, as written: after "của", else from "(UBND) các" after the index's
 * name. The folded text has the positions of the text (cellText: NFC, single spaces; fold removes
 * only combining marks and lowers case), checked before a slice is taken.
 */
function rankedGroupIn(text: string, folded: string): string | undefined {
  if (folded.length !== text.length) return undefined;
  const index = NAMES_THE_INDEX.exec(folded);
  const from = index ? index.index + index[0].length - 1 : 0;
  for (const pattern of [AFTER_CUA, FROM_CAC]) {
    const m = pattern.exec(folded.slice(from));
    if (!m) continue;
    const start = from + m.index + m[0].indexOf(m[1]);
    const group = text.slice(start, start + m[1].length).trim();
    if (group !== '') return group;
  }
  return undefined;
}
