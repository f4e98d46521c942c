/**
 * The sample workbook of the preview: read at build time by the product's own xlsx reader
 * (src/workbook/xlsx, through scripts/sample-workbook.js and scripts/sample-grid-plugin.js) into
 * preview/sample.json, and fetched from the pane's own origin. Each grid is the reader's SheetGrid
 * as it is, so the preview sees the sample exactly as the command line does.
 */
import type { CellKind, CellValue, SheetGrid } from '../../engine/grid';

export interface SampleWorkbook {
  source: string;
  sheets: { name: string; visible: boolean; grid: SheetGrid }[];
}

function isCellValue(v: unknown): v is CellValue {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function asGrid(raw: unknown, name: string): SheetGrid {
  const g = raw as Partial<SheetGrid> | null;
  if (!g || !Array.isArray(g.values) || !g.values.every((row) => Array.isArray(row) && row.every(isCellValue))) {
    throw new Error(`Sample sheet "${name}" has no valid values`);
  }
  return {
    sheetName: name,
    values: g.values,
    originRow: typeof g.originRow === 'number' ? g.originRow : 0,
    originCol: typeof g.originCol === 'number' ? g.originCol : 0,
    kinds: Array.isArray(g.kinds) ? (g.kinds as CellKind[][]) : undefined,
    formulas: Array.isArray(g.formulas) ? (g.formulas as boolean[][]) : undefined,
    merges: Array.isArray(g.merges) ? g.merges : undefined,
    hiddenRows: Array.isArray(g.hiddenRows) ? g.hiddenRows : undefined,
    hiddenCols: Array.isArray(g.hiddenCols) ? g.hiddenCols : undefined,
  };
}

export async function fetchSample(url = 'preview/sample.json'): Promise<SampleWorkbook> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the sample workbook ${url}: HTTP ${response.status}`);
  const raw = (await response.json()) as { source?: unknown; sheets?: unknown };
  if (!Array.isArray(raw.sheets)) throw new Error(`The sample workbook ${url} has no sheets`);
  return {
    source: typeof raw.source === 'string' ? raw.source : url,
    sheets: raw.sheets.map((s: { name?: unknown; visible?: unknown; grid?: unknown }) => {
      const name = typeof s.name === 'string' ? s.name : 'Sheet';
      return { name, visible: s.visible !== false, grid: asGrid(s.grid, name) };
    }),
  };
}
