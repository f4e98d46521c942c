/**
 * One sheet of the plan as one section of the document: its lines of text as paragraphs (where
 * the sheet puts them: centred over their merged cells, indented to their column), its bordered
 * runs as Word tables with the same merges, widths and header rows, on a page turned as the
 * sheet prints. Charts are not carried over.
 */
import {
  AlignmentType, BorderStyle, Header, type ISectionOptions, PageNumber, PageOrientation, Paragraph, type ParagraphChild,
  Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlignTable, WidthType,
} from 'docx';
import type { CellStyle, HAlign, SheetPlan } from '../appendix/types';
import type { Lang } from '../engine/types';
import { planLabels } from '../i18n/plan';
import { cellText } from './number-text';
import {
  A4, APPENDIX_WORD_SIZE, BODY_SIZE, columnPoints, FONT, FOOTER_DISTANCE, HEADER_DISTANCE, MARGIN, MIN_TABLE_SIZE,
  PAGE_NUMBER_SIZE, PARAGRAPH_GAP, textWidth,
} from './page';
import { type SheetGrid, type SheetPart, sheetParts } from './sheet-grid';

/** How a sheet's columns map onto the page: twips per column, and the tables' font scale. */
interface Fit {
  /** Left edge of each column from the text's left edge, in twips (one more than columns: the right edge). */
  edges: number[];
  /** Twips of each column. */
  widths: number[];
  /** 1, or less when the sheet is wider than the page (the tables' font shrinks by it). */
  fontScale: number;
}

function fitColumns(sheet: SheetPlan, cols: number, landscape: boolean): Fit {
  const chars = new Array<number>(cols).fill(8.43);
  for (const { col, width } of sheet.columnWidths) if (col < cols) chars[col] = width;
  const points = chars.map(columnPoints);
  const total = points.reduce((a, b) => a + b, 0);
  const available = textWidth(landscape);
  const twipsPerPoint = available / Math.max(1, total);
  const widths = points.map((p) => Math.floor(p * twipsPerPoint));
  const edges = [0];
  for (const w of widths) edges.push(edges[edges.length - 1] + w);
  return { edges, widths, fontScale: Math.min(1, twipsPerPoint / 20) };
}

const ALIGN: Record<HAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT,
};

/** Half-points of a size in points, rounded to half a point. */
const halfPoints = (points: number): number => Math.round(points * 2);

/** Runs of a text; a line break in the cell starts a new line. */
function runs(text: string, style: CellStyle, size: number): TextRun[] {
  const color = style.color?.replace('#', '');
  return text.split('\n').map((line, i) => new TextRun({
    text: line, bold: style.bold ?? false, italics: style.italic ?? false, size: halfPoints(size), font: FONT,
    ...(i > 0 ? { break: 1 } : {}), ...(color ? { color } : {}),
  }));
}

/** "PHỤ LỤC" or "PHỤ LỤC II" (the catalogue's words): the line that opens an appendix. */
export function appendixWord(text: string, lang: Lang): string | undefined {
  const word = planLabels(lang).appendix;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^${escaped}((?:\\s+[IVXLCDM]+)?)$`, 'u').exec(text.trim());
  if (match === null) return undefined;
  // Phần I, III.1.b: "Phụ lục" in lower case, its number as written (Roman numerals).
  const lower = word.toLocaleLowerCase(lang);
  return `${lower.charAt(0).toLocaleUpperCase(lang)}${lower.slice(1)}${match[1].replace(/\s+/, ' ')}`;
}

const NO_BREAK_SPACE = '\u00a0';

interface SectionContext {
  grid: SheetGrid;
  lang: Lang;
  fit: Fit;
  /** Points of the sheet's text where the plan gives none. */
  size: (style: CellStyle) => number;
}

/** A line of the sheet as a paragraph: one cell centred over its span, or cells at their columns. */
/** `opensBlock`: the first line after a blank row or a table (a note, a unit's block). */
function lineParagraph(ctx: SectionContext, row: number, keepNext: boolean, opensBlock: boolean): Paragraph {
  const { grid, fit, lang } = ctx;
  const cells = grid.filled(row);
  const first = cells[0];
  const firstStyle = grid.style(row, first);
  const phrased = (c: number) => grid.sheet.phrases?.find((p) => p.row === row && p.col === c);
  const text = (c: number) => {
    const phrases = phrased(c);
    // A title or decision line: Word lays it out on its own page width, so it may break only
    // between phrases ("… CỦA UBND CÁC XÃ, THỊ TRẤN" never as "… THỊ / TRẤN").
    if (phrases !== undefined) return phrases.phrases.map((p) => p.replace(/ /g, NO_BREAK_SPACE)).join(' ');
    return cellText(grid.value(row, c), grid.style(row, c).numberFormat, lang);
  };
  if (cells.length === 1) {
    const appendix = appendixWord(text(first), lang);
    if (appendix !== undefined) {
      return new Paragraph({
        alignment: AlignmentType.CENTER, keepNext,
        children: runs(appendix, { ...firstStyle, bold: true, italic: false }, APPENDIX_WORD_SIZE),
      });
    }
  }
  const last = cells[cells.length - 1];
  const merge = grid.mergeAt(row, last);
  const spanEnd = last + (merge?.cols ?? 1);
  const align = grid.style(row, last).hAlign ?? 'left';
  const total = fit.edges[fit.edges.length - 1];
  // The paragraph sits over the columns its cells take, as on the sheet.
  const left = fit.edges[last];
  // A centred line over the left columns only (the issuing body) takes at least the left half of
  // the page, where the decree puts it (Phần I, IV: box 2), however narrow those columns are.
  const spanRight = fit.edges[Math.min(spanEnd, grid.cols)];
  const right = align === 'left' ? 0 : Math.max(0, total - (first === 0 && align === 'center' ? Math.max(spanRight, total / 2) : spanRight));
  const hanging = left - fit.edges[first];
  const children: ParagraphChild[] = [];
  cells.forEach((c, i) => {
    if (i > 0) children.push(new TextRun({ text: '\t', size: halfPoints(ctx.size(grid.style(row, c))) }));
    children.push(...runs(text(c), grid.style(row, c), ctx.size(grid.style(row, c))));
  });
  const content = align === 'left' && first === last && left === 0;
  return new Paragraph({
    alignment: ALIGN[align],
    keepNext,
    indent: { left, right, ...(hanging > 0 ? { hanging } : {}) },
    tabStops: cells.slice(1, -1).map((c) => ({ type: TabStopType.LEFT, position: fit.edges[c] })),
    // A block of text (a note, a unit's lines) is 6 pt from what is above it (Phần I, II.6.e); its
    // lines, one item each, and heading lines follow one another single-spaced.
    spacing: { before: opensBlock && (content || align === 'left') ? PARAGRAPH_GAP : 0, after: 0 },
    children,
  });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
/** Cell padding: 1 mm at the sides (less in a table set smaller, down to half), none above and below. */
const cellMargins = (fontScale: number) => {
  const side = Math.round(57 * Math.max(0.5, fontScale));
  return { left: side, right: side, top: 0, bottom: 0 };
};

/** Header rows: those the sheet repeats on each printed page, else its leading bold centred rows. */
function headerRows(ctx: SectionContext, part: Extract<SheetPart, { kind: 'table' }>): number {
  const { grid } = ctx;
  const repeat = grid.sheet.print?.repeatRows;
  if (repeat !== undefined && repeat.first >= part.first && repeat.first <= part.last) {
    return Math.min(repeat.last, part.last - 1) - part.first + 1;
  }
  let rows = 0;
  for (let r = part.first; r < part.last && rows < 3; r++) {
    let header = true;
    for (let c = part.firstCol; c <= part.lastCol; c++) {
      const s = grid.style(r, c);
      if (s.border && !grid.isCovered(r, c) && (s.bold !== true || s.hAlign !== 'center')) header = false;
    }
    if (!header) break;
    rows++;
  }
  return rows;
}

/** The sheet's merges cut to a table: spans at their top-left cell within it, and the cells they cover. */
function tableMerges(ctx: SectionContext, part: Extract<SheetPart, { kind: 'table' }>) {
  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of ctx.grid.sheet.merges) {
    const top = Math.max(m.row, part.first);
    const left = Math.max(m.col, part.firstCol);
    const bottom = Math.min(m.row + m.rows - 1, part.last);
    const right = Math.min(m.col + m.cols - 1, part.lastCol);
    if (top > bottom || left > right) continue;
    spans.set(`${top},${left}`, { rows: bottom - top + 1, cols: right - left + 1 });
    // Cells right of the top-left one are in its span; docx writes the rows below a row span itself.
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) covered.add(`${r},${c}`);
  }
  return { spans, covered };
}

function table(ctx: SectionContext, part: Extract<SheetPart, { kind: 'table' }>): Table {
  const { grid, fit, lang } = ctx;
  const { first, last, firstCol, lastCol } = part;
  const header = headerRows(ctx, part);
  const widths = fit.widths.slice(firstCol, lastCol + 1);
  const { spans, covered } = tableMerges(ctx, part);
  const margins = cellMargins(fit.fontScale);
  const rows: TableRow[] = [];
  for (let r = first; r <= last; r++) {
    const cells: TableCell[] = [];
    // A row of one cell across the table (a group's or a section's name) stays with the rows it heads.
    const band = spans.get(`${r},${firstCol}`)?.cols === lastCol - firstCol + 1;
    for (let c = firstCol; c <= lastCol; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const span = spans.get(`${r},${c}`) ?? { rows: 1, cols: 1 };
      const style = grid.style(r, c);
      const size = Math.max(MIN_TABLE_SIZE, Math.round(ctx.size(style) * fit.fontScale * 2) / 2);
      const width = widths.slice(c - firstCol, c - firstCol + span.cols).reduce((a, b) => a + b, 0);
      const edge = style.border ? THIN : NONE;
      const fill = style.fill?.replace('#', '');
      const value = grid.value(r, c);
      cells.push(new TableCell({
        children: [new Paragraph({
          alignment: ALIGN[style.hAlign ?? (typeof value === 'number' ? 'right' : 'left')],
          spacing: { before: 0, after: 0 },
          children: runs(cellText(value, style.numberFormat, lang), style, size),
        })],
        width: { size: width, type: WidthType.DXA },
        verticalAlign: style.vAlign === 'top' ? VerticalAlignTable.TOP : style.vAlign === 'bottom' ? VerticalAlignTable.BOTTOM : VerticalAlignTable.CENTER,
        margins,
        borders: { top: edge, bottom: edge, left: edge, right: edge },
        ...(span.cols > 1 ? { columnSpan: span.cols } : {}),
        ...(span.rows > 1 ? { rowSpan: span.rows } : {}),
        ...(fill ? { shading: { fill, color: 'auto', type: 'clear' as const } } : {}),
      }));
    }
    const heads = r - first < header;
    rows.push(new TableRow({ children: cells, cantSplit: true, tableHeader: heads, keepNext: (heads || band) && r < last }));
  }
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
  });
}

function pageNumberHeader(): Header {
  return new Header({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: halfPoints(PAGE_NUMBER_SIZE) })],
    })],
  });
}

/**
 * The section of a sheet. `opensAppendix`: a line above its first table is "Phụ lục …", so its pages are
 * numbered from 1 without a number on the first (Phần I, I.7 and III.1.đ: each appendix numbered
 * on its own); else the numbering runs on from the section before.
 */
export function sheetSection(grid: SheetGrid, lang: Lang): { section: ISectionOptions; opensAppendix: boolean } {
  const sheet = grid.sheet;
  const landscape = sheet.print?.orientation === 'landscape';
  const fit = fitColumns(sheet, Math.max(1, grid.cols), landscape);
  const ctx: SectionContext = { grid, lang, fit, size: (s) => s.fontSize ?? BODY_SIZE };
  const parts = sheetParts(grid);
  // An appendix's heading is among the lines above its first table (the issuing body may come first).
  const firstTable = parts.findIndex((p) => p.kind === 'table');
  const opensAppendix = parts.slice(0, firstTable < 0 ? parts.length : firstTable).some((p) => p.kind === 'line' && grid.filled(p.row).some(
    (c) => appendixWord(cellText(grid.value(p.row, c), undefined, lang), lang) !== undefined,
  ));
  const children: (Paragraph | Table)[] = [];
  parts.forEach((part, i) => {
    // A line stays with what follows it unless a blank row parts them; a blank row before a table stays with it.
    const next = parts[i + 1];
    if (part.kind === 'table') { children.push(table(ctx, part)); return; }
    if (part.kind === 'blank') {
      children.push(new Paragraph({ keepNext: next?.kind === 'table', spacing: { before: 0, after: 0 }, children: [] }));
      return;
    }
    children.push(lineParagraph(ctx, part.row, next !== undefined && next.kind !== 'blank', i === 0 || parts[i - 1].kind !== 'line'));
  });
  // Word needs a paragraph after a table that ends a section.
  if (children.length === 0 || children[children.length - 1] instanceof Table) children.push(new Paragraph({ children: [] }));
  const section: ISectionOptions = {
    properties: {
      titlePage: opensAppendix,
      page: {
        size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { ...MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE },
        ...(opensAppendix ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: { default: pageNumberHeader(), ...(opensAppendix ? { first: new Header({ children: [] }) } : {}) },
    children,
  };
  return { section, opensAppendix };
}
