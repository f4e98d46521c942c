/**
 * One unit's self-assessment form (one sheet per unit): the standard criteria rows with the
 * columns Điểm tối đa, Điểm tự đánh giá / Tự chấm and Điểm thẩm định (and notes: Tài liệu kiểm
 * chứng, Giải trình); the unit named by the form's title, or else by the sheet's name.
 */
import { detectLayout, findHeader } from '../engine/detect';
import type { SheetGrid } from '../engine/grid';
import { GridReader } from '../engine/sheet';
import { cellText } from '../engine/text';
import type { StatedLayout } from './types';
import { unitNameFromTitle } from './unit-name';
import {
  criterionKey, folded, isAppraisedHeader, isCodeHeader, isColumnNumber, isMaxLabel, isNoteHeader, isSelfHeader,
  isSignatureLabel, isTotalLabel,
} from './words';

/** A row of a form, lined up with the other forms by `key` (the criterion code, or the label of a row under the total). */
export interface FormRow {
  key: string;
  /** Grid row. */
  row: number;
}

export interface Form {
  sheet: string;
  grid: SheetGrid;
  /** Grid row of the header (the STT cell) and the grid columns it names. */
  headerRow: number;
  codeCol: number;
  nameCol: number;
  maxCol: number;
  selfCol?: number;
  appraisedCol?: number;
  /** Grid row of the headers "Tự đánh giá" / "Thẩm định" (the header row, or the row under a caption). */
  scoreHeaderRow: number;
  criteria: FormRow[];
  totalRow?: number;
  /** Rows under the total ("Chỉ số CCHC (%)", "Điểm tối đa của đơn vị", "Xếp loại"), up to a blank row or the signatures. */
  below: FormRow[];
  unit: string;
  /** Grid cell of the title naming the unit; absent when the unit is named by the sheet. */
  titleCell?: { row: number; col: number };
}

/** The sheet read as a form, or undefined when it is none (a unit column right of the max column makes it the standard layout). */
export function readForm(sheet: string, grid: SheetGrid, stated?: StatedLayout): Form | undefined {
  const g = new GridReader(grid);
  const h = headerRowOf(g, stated);
  if (h === undefined) return undefined;
  const codeCol = stated?.codeColumn !== undefined ? stated.codeColumn - g.originCol : firstCol(g, h, 0, isCodeHeader) ?? 0;
  let nameCol = -1;
  for (let c = codeCol + 1; c < g.cols && nameCol < 0; c++) if (cellText(g.value(h, c)) !== '') nameCol = c;
  const maxCol = stated?.maxColumn !== undefined ? stated.maxColumn - g.originCol : firstCol(g, h, codeCol + 1, isMaxLabel);
  if (nameCol < 0 || maxCol === undefined || nameCol >= maxCol) return undefined;
  const scores = scoreColumns(g, h, maxCol);
  if (!scores || !onlyScoreColumns(g)) return undefined;
  let bodyStart = scores.row + 1;
  if (isColumnNumber(g.value(bodyStart, codeCol)) && isColumnNumber(g.value(bodyStart, nameCol))) bodyStart++;
  const form: Form = {
    sheet, grid, headerRow: h, codeCol, nameCol, maxCol, scoreHeaderRow: scores.row, criteria: [], below: [], unit: sheet.trim(),
  };
  if (scores.self !== undefined) form.selfCol = scores.self;
  if (scores.appraised !== undefined) form.appraisedCol = scores.appraised;
  readRows(g, form, bodyStart);
  nameUnit(g, form);
  return form;
}

/**
 * The standard layout's own reading agrees that the columns right of the max are scores, not units:
 * a caption "Điểm thẩm định" over unit names on the row below is the standard layout
 * (docs/decisions.md, "Units named under a caption").
 */
function onlyScoreColumns(g: GridReader): boolean {
  const layout = detectLayout(g, []);
  return !layout || layout.units.every((u) => {
    const f = folded(u.name);
    return isSelfHeader(f) || isAppraisedHeader(f) || f === 'diem' || f.startsWith('diem ');
  });
}

function headerRowOf(g: GridReader, stated: StatedLayout | undefined): number | undefined {
  if (stated?.headerRow !== undefined) return stated.headerRow - g.originRow;
  return findHeader(g)?.row;
}

function firstCol(g: GridReader, r: number, from: number, test: (f: string) => boolean): number | undefined {
  for (let c = from; c < g.cols; c++) if (test(folded(g.value(r, c)))) return c;
  return undefined;
}

/**
 * The score columns right of the max column: headed "Điểm tự đánh giá"/"Tự chấm" and "Điểm thẩm
 * định" on the header row, or under a caption ("Điểm", "Điểm đánh giá") on the row below. Undefined
 * when a column there is headed otherwise (a unit's name: the standard layout), or none is a score.
 */
function scoreColumns(g: GridReader, h: number, maxCol: number): ScoreColumns | undefined {
  const top = scoreColumnsOn(g, h, maxCol, false);
  if (top !== 'none') return top === 'unit' ? undefined : top;
  // A caption over the score columns: only "Điểm …" headers on the header row, the kinds below.
  const below = h + 1 < g.rows ? scoreColumnsOn(g, h + 1, maxCol, true) : 'none';
  return typeof below === 'string' ? undefined : below;
}

interface ScoreColumns {
  row: number;
  self?: number;
  appraised?: number;
}

/** The score columns named on row r; 'unit' when a column there is headed otherwise (on the header row), 'none' when none is named. */
function scoreColumnsOn(g: GridReader, r: number, maxCol: number, underCaption: boolean): ScoreColumns | 'unit' | 'none' {
  const found: ScoreColumns = { row: r };
  for (let c = maxCol + 1; c < g.cols; c++) {
    const f = folded(g.value(r, c));
    if (f === '' || isNoteHeader(f)) continue;
    if (isSelfHeader(f)) found.self ??= c;
    else if (isAppraisedHeader(f)) found.appraised ??= c;
    else if (!underCaption && f !== 'diem' && !f.startsWith('diem ')) return 'unit';
  }
  return found.self !== undefined || found.appraised !== undefined ? found : 'none';
}

function readRows(g: GridReader, form: Form, bodyStart: number): void {
  const { codeCol, nameCol, maxCol } = form;
  let lastNumbered = '';
  const seen = new Set<string>();
  let r = bodyStart;
  for (; r < g.rows; r++) {
    const code = cellText(g.value(r, codeCol));
    const name = cellText(g.value(r, nameCol));
    // The total row: its label in the name column, or in the code column ("Cộng").
    if (isTotalLabel(folded(code === '' ? name : code))) {
      form.totalRow = r;
      if (form.criteria.length > 0) break;
      continue;
    }
    if (code === '' && g.isEmpty(r, maxCol)) continue;
    let key: string;
    if (code === '') key = `?${folded(name)}`;
    else {
      const k = criterionKey(code, lastNumbered);
      if (k.numbered) lastNumbered = k.key;
      key = k.key;
    }
    // A repeated code is kept once per form, under a key of its own, so the engine still sees both rows.
    while (seen.has(key)) key += "'";
    seen.add(key);
    form.criteria.push({ key, row: r });
  }
  if (form.totalRow === undefined || r >= g.rows) return;
  const cols = [codeCol, nameCol, maxCol, form.selfCol, form.appraisedCol].filter((c): c is number => c !== undefined);
  for (let b = r + 1; b < g.rows; b++) {
    const label = cellText(g.value(b, nameCol)) || cellText(g.value(b, codeCol));
    if (cols.every((c) => g.isEmpty(b, c)) || isSignatureLabel(folded(label))) break;
    form.below.push({ key: label === '' ? `#${b - r}` : folded(label), row: b });
  }
}

/** The unit named by a title above the header ("UBND XÃ YÊN LẠC"), else by the sheet. */
function nameUnit(g: GridReader, form: Form): void {
  for (let r = 0; r < form.headerRow; r++) {
    for (let c = 0; c < g.cols; c++) {
      const v = g.value(r, c);
      if (typeof v !== 'string') continue;
      const name = unitNameFromTitle(v);
      if (name !== undefined) {
        form.unit = name;
        form.titleCell = { row: r, col: c };
        return;
      }
    }
  }
}
