/**
 * The parts of a result sheet's charts: one drawing part anchoring every chart of the sheet, one
 * chart part per chart (the same DrawingML as the ExcelJS adapter, src/workbook/xlsx/charts), the
 * drawing's relationships, and the content types to declare. Part numbers are the first not taken
 * in the package, so the user's drawingN/chartN parts are never overwritten.
 */
import type { BarChartSpec } from '../../appendix/types';
import type { CellBox } from '../../engine/grid';
import { barChartXml, drawingXml, type BarChartData } from '../xlsx/charts/chart-xml';
import { PlanRenderError, type SheetCells } from './render-cells';
import { CONTENT_TYPE, REL, folderOf, relationshipsXml, relativeTarget, relsPartOf, type PartNames } from './splice-parts';

export interface ChartParts {
  /** The drawing part the sheet points at. */
  drawing: string;
  /** New parts and their content. */
  parts: Map<string, string>;
  /** Content types of the new parts that need an override. */
  overrides: { part: string; type: string }[];
}

function cellsOf(cells: SheetCells, box: CellBox): (string | number | null | undefined)[] {
  const out: (string | number | null | undefined)[] = [];
  for (let row = box.row; row < box.row + box.rows; row++) {
    for (let col = box.col; col < box.col + box.cols; col++) out.push(cells.valueAt(row, col));
  }
  return out;
}

/** The chart's data: its ranges on the sheet and their values as cached copies. */
export function chartData(sheetName: string, spec: BarChartSpec, cells: SheetCells): BarChartData {
  if (spec.kind !== 'bar') throw new PlanRenderError(`chart kind ${String(spec.kind)} is not supported`);
  return {
    title: spec.title,
    sheetName,
    categories: spec.categories,
    values: spec.values,
    categoryLabels: cellsOf(cells, spec.categories).map((v) => (v === null || v === undefined ? '' : String(v))),
    numbers: cellsOf(cells, spec.values).map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)),
    anchor: spec.anchor,
  };
}

/** The parts of a sheet's charts; `folder` is the workbook part's folder ("xl"). */
export function renderCharts(sheetName: string, specs: readonly BarChartSpec[], cells: SheetCells, names: PartNames, folder: string): ChartParts {
  const base = folder ? `${folder}/` : '';
  const drawing = names.claim(`${base}drawings/drawing`, '.xml');
  const parts = new Map<string, string>();
  const overrides: { part: string; type: string }[] = [];
  const rels = specs.map((spec, i) => {
    const chart = names.claim(`${base}charts/chart`, '.xml');
    parts.set(chart, barChartXml(chartData(sheetName, spec, cells)));
    overrides.push({ part: chart, type: CONTENT_TYPE.chart });
    return { id: `rIdChart${i + 1}`, type: REL.chart, target: relativeTarget(folderOf(drawing), chart) };
  });
  parts.set(drawing, drawingXml(specs.map((s) => s.anchor)));
  parts.set(relsPartOf(drawing), relationshipsXml(rels));
  overrides.push({ part: drawing, type: CONTENT_TYPE.drawing });
  return { drawing, parts, overrides };
}
