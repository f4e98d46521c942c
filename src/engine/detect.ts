/**
 * Finds the layout of a scoring sheet: the header row, the code, name and max columns, the units
 * (with their optional self-assessment / appraisal columns and ranking group), and where the body
 * starts. See "Layout" in the spec.
 */
import type { Finding } from './findings';
import type { CellBox } from './grid';
import { makeFinding } from './finding-factory';
import { containsAny, isAppraisedHeader, isCodeHeader, isNoteHeader, isSelfHeader } from './labels';
import type { GridReader } from './sheet';
import { cellText, fold } from './text';

export interface UnitColumns {
  name: string;
  /** Grid column of the header cell carrying the name. */
  headerCol: number;
  /** Grid column of the ranked score (appraised, or the only one). */
  scoreCol: number;
  /** Grid column of the self-assessment, when the unit has both. */
  selfCol?: number;
  group: string | null;
}

export interface Layout {
  headerRow: number;
  codeCol: number;
  nameCol: number;
  maxCol: number;
  units: UnitColumns[];
  hasSelfScores: boolean;
  /** First grid row that may hold criteria. */
  bodyStart: number;
}

const HEADER_SCAN_ROWS = 30;
const MAX_HEADERS = ['diem toi da', 'diem chuan', 'max'];
/** Whole headers (folded) of summary columns: an average or a total over the units, never a unit. */
const SUMMARY_HEADERS = new Set(['trung binh', 'diem trung binh', 'binh quan', 'diem binh quan', 'tong', 'tong cong',
  'tong diem', 'tong so', 'total', 'average', 'mean']);
/** First letters of the summary headers: most unit names ("xa ...", "phuong ...") are told apart by their first letter. */
const SUMMARY_INITIALS = new Set([...SUMMARY_HEADERS].map((h) => h.charCodeAt(0)));
const GROUP_LABELS = ['khoi', 'nhom'];


/** Grid row of the header (first of the first 30 sheet rows with an "STT"/"TT" cell) and that cell's column. */
export function findHeader(g: GridReader): { row: number; col: number } | undefined {
  const lastRow = Math.min(g.rows, HEADER_SCAN_ROWS - g.originRow);
  for (let r = 0; r < lastRow; r++) {
    const row = g.grid.values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      // "STT"/"TT" has at least two characters: the blank cells of wide rows are not folded.
      if (typeof v === 'string' && v.length >= 2 && v.length <= 12 && isCodeHeader(fold(v))) return { row: r, col: c };
    }
  }
  return undefined;
}

export function detectLayout(g: GridReader, findings: Finding[]): Layout | undefined {
  const header = findHeader(g);
  if (!header) {
    findings.push(makeFinding(g, 'no-header', 0, 0, { scannedRows: HEADER_SCAN_ROWS }));
    return undefined;
  }
  const h = header.row;
  const headerText = (c: number): string => cellText(g.value(h, c));

  let nameCol = -1;
  for (let c = header.col + 1; c < g.cols; c++) {
    if (headerText(c) !== '') { nameCol = c; break; }
  }
  let maxCol = -1;
  for (let c = header.col + 1; c < g.cols; c++) {
    if (containsAny(fold(headerText(c)), MAX_HEADERS)) { maxCol = c; break; }
  }
  if (nameCol < 0 || nameCol === maxCol) {
    findings.push(makeFinding(g, 'no-name-column', h, header.col, {}));
  }
  if (maxCol < 0) {
    findings.push(makeFinding(g, 'no-max-column', h, header.col, {}));
    return undefined;
  }
  if (nameCol < 0 || nameCol === maxCol) return undefined;

  // A caption over the units ("Điểm thẩm định" merged over them) with their names on the row
  // below: the header is two rows, and the unit names row plays the header row's part.
  const unitRow = h + 1 < g.rows && unitNamesBelowCaption(g, h, header.col, maxCol) ? h + 1 : h;
  const sub = unitRow + 1 < g.rows ? readSubHeaders(g, unitRow + 1, maxCol) : undefined;
  const summaries: number[] = [];
  const units = collectUnits(g, unitRow, maxCol, sub, summaries);
  for (const c of summaries) findings.push(makeFinding(g, 'summary-column', unitRow, c, { header: cellText(g.value(unitRow, c)) }));
  if (units.length === 0) {
    findings.push(makeFinding(g, 'no-unit-column', unitRow, maxCol, {}));
    return undefined;
  }

  let bodyStart = sub ? unitRow + 2 : unitRow + 1;
  const groupRow = findGroupRow(g, bodyStart, header.col, nameCol);
  if (groupRow !== undefined) {
    // A group label is usually merged over its units; only the merge's first cell holds it, so a
    // unit under an empty cell takes the label from the merge covering it, else (merges unknown)
    // the label of the unit on its left.
    const groupMerges = g.mergesInGrid().filter((m) => m.row <= groupRow && groupRow < m.row + m.rows);
    let carried: string | null = null;
    for (const u of units) {
      let text = cellText(g.value(groupRow, u.headerCol)) || cellText(g.value(groupRow, u.scoreCol));
      if (text === '') {
        const m = groupMerges.find((b) => b.col <= u.headerCol && u.headerCol < b.col + b.cols);
        text = m ? cellText(g.value(m.row, m.col)) : carried ?? '';
      }
      u.group = text === '' ? null : text;
      carried = u.group;
    }
    bodyStart = groupRow + 1;
  }
  if (bodyStart < g.rows && isColumnNumberingRow(g, bodyStart, header.col, nameCol, maxCol)) bodyStart++;

  return {
    headerRow: unitRow,
    codeCol: header.col,
    nameCol,
    maxCol,
    units,
    hasSelfScores: units.some((u) => u.selfCol !== undefined),
    bodyStart,
  };
}

type SubKind = 'self' | 'appraised';

/**
 * True when the header row holds a caption over several unit columns (merged over them, or
 * followed by empty header cells) and the row under it names the units: two or more names, at
 * least one under an empty or merged-over header cell. Not when that row is a criterion (it has
 * a code or a max), sub-headers ("Tự đánh giá"/"Thẩm định") or column numbers.
 */
function unitNamesBelowCaption(g: GridReader, h: number, codeCol: number, maxCol: number): boolean {
  const r = h + 1;
  if (!g.isEmpty(r, codeCol) || !g.isEmpty(r, maxCol)) return false;
  const spanned = g.mergesInGrid().filter((m) => m.row <= h && h < m.row + m.rows && m.cols > 1);
  const underCaption = (c: number): boolean =>
    cellText(g.value(h, c)) === '' || spanned.some((m) => m.col <= c && c < m.col + m.cols);
  let names = 0;
  let captioned = 0;
  for (let c = maxCol + 1; c < g.cols; c++) {
    const v = g.value(r, c);
    if (typeof v !== 'string') continue;
    const f = fold(cellText(v));
    if (f === '' || /^\(?\d+\)?$/.test(f) || isSelfHeader(f) || isAppraisedHeader(f) || isNoteHeader(f)) continue;
    names++;
    if (underCaption(c)) captioned++;
  }
  return names >= 2 && captioned >= 1;
}

/** Sub-headers "Tự đánh giá"/"Tự chấm" and "Thẩm định" in the row under the header, when present. */
function readSubHeaders(g: GridReader, row: number, maxCol: number): Map<number, SubKind> | undefined {
  const found = new Map<number, SubKind>();
  for (let c = maxCol + 1; c < g.cols; c++) {
    const v = g.value(row, c);
    if (typeof v !== 'string') continue; // sub-headers are text; the row may be the first criterion's numbers
    const f = fold(cellText(v));
    if (f === '') continue;
    if (isSelfHeader(f)) found.set(c, 'self');
    else if (isAppraisedHeader(f)) found.set(c, 'appraised');
  }
  return found.size > 0 ? found : undefined;
}

/** A whole summary header ("Trung bình", "Tổng cộng:"), folded. */
function isSummaryHeader(folded: string): boolean {
  if (!SUMMARY_INITIALS.has(folded.charCodeAt(0))) return false;
  return SUMMARY_HEADERS.has(/[\s:.]$/.test(folded) ? folded.replace(/[\s:.]+$/, '') : folded);
}

/** The unit being read in `collectUnits`: its header and the columns found so far. */
interface UnitDraft {
  name: string;
  headerCol: number;
  spanEnd: number;
  self?: number;
  appraised?: number;
}

function unitOf(d: UnitDraft): UnitColumns {
  // The appraised column is ranked; a unit with only one of the two uses it.
  const unit: UnitColumns = { name: d.name, headerCol: d.headerCol, scoreCol: d.appraised ?? d.self ?? d.headerCol, group: null };
  if (d.self !== undefined && d.appraised !== undefined) unit.selfCol = d.self;
  return unit;
}

function collectUnits(g: GridReader, h: number, maxCol: number, sub: Map<number, SubKind> | undefined, summaries: number[]): UnitColumns[] {
  // Merged header areas by first column (the first one listed wins), looked up once per column.
  const merges = new Map<number, CellBox>();
  for (const m of g.mergesInGrid()) {
    if (m.row <= h && h < m.row + m.rows && m.cols > 1 && !merges.has(m.col)) merges.set(m.col, m);
  }
  const units: UnitColumns[] = [];
  let current: UnitDraft | undefined;
  const close = (): void => {
    if (current) units.push(unitOf(current));
    current = undefined;
  };
  const row = g.grid.values[h] ?? [];
  for (let c = maxCol + 1; c < g.cols; c++) {
    const text = cellText(row[c]);
    const folded = text === '' ? '' : fold(text);
    const kind = sub?.get(c);
    if (folded !== '' && isNoteHeader(folded)) { close(); continue; }
    if (isSummaryHeader(folded)) { summaries.push(c); close(); continue; }
    // A column continues the previous unit when it lies under the unit's merged header, or (when
    // merges are unknown) repeats the unit's name or has an empty header, and has a sub-header
    // of a kind the unit does not have yet.
    if (current !== undefined && kind !== undefined && current[kind] === undefined &&
      (c <= current.spanEnd || text === '' || text === current.name)) {
      current[kind] = c;
      continue;
    }
    close();
    if (text === '') continue;
    const merge = merges.get(c);
    current = { name: text, headerCol: c, spanEnd: merge ? merge.col + merge.cols - 1 : c };
    if (kind) current[kind] = c;
  }
  close();
  return units;
}

/** A "Khối"/"Nhóm" row between the header and the first criterion assigns units to ranking groups. */
function findGroupRow(g: GridReader, from: number, codeCol: number, nameCol: number): number | undefined {
  for (let r = from; r < Math.min(g.rows, from + 3); r++) {
    const label = fold(cellText(g.value(r, codeCol)) || cellText(g.value(r, nameCol))).replace(/[:.]$/, '');
    if (GROUP_LABELS.some((w) => label === w || label.startsWith(w + ' '))) return r;
  }
  return undefined;
}

/** A row of column numbers under the header ("1 2 3 4" or "(1) (2) (3)"), as many forms have. */
function isColumnNumberingRow(g: GridReader, r: number, codeCol: number, nameCol: number, maxCol: number): boolean {
  const num = (c: number): number | undefined => {
    const t = cellText(g.value(r, c)).replace(/^\((\d+)\)$/, '$1');
    return /^\d+$/.test(t) ? Number(t) : undefined;
  };
  const a = num(codeCol);
  const b = num(nameCol);
  const m = num(maxCol);
  return a !== undefined && b !== undefined && m !== undefined && b === a + (nameCol - codeCol) && m === a + (maxCol - codeCol);
}
