/**
 * Adds chart parts to a package ExcelJS has written: for each sheet with charts, one drawing
 * part holding the chart frames, one chart part per chart, their relationships, the content
 * types, and the sheet's <drawing r:id> element.
 */
import type JSZip from 'jszip';
import { barChartXml, drawingXml, type BarChartData } from './chart-xml';
import { parseRelationships, parseSheets, resolvePartPath } from '../workbook-xml';

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Elements that must come after <drawing> in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = [
  '<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls',
  '<webPublishItems', '<tableParts', '<extLst', '</worksheet>',
];

export class ChartInjectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChartInjectionError';
  }
}

async function readText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new ChartInjectionError(`package part ${path} is missing`);
  return file.async('string');
}

function freePartNumber(zip: JSZip, pattern: (n: number) => string): number {
  let n = 1;
  while (zip.file(pattern(n))) n++;
  return n;
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

function relationshipsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${items}</Relationships>`;
}

/** Adds one relationship to a part's .rels (creating it); returns the new id. */
async function addRelationship(zip: JSZip, partPath: string, type: string, target: string): Promise<string> {
  const relsPath = relsPathOf(partPath);
  const existing = zip.file(relsPath) ? await readText(zip, relsPath) : undefined;
  const ids = existing ? new Set(parseRelationships(existing).keys()) : new Set<string>();
  let n = 1;
  while (ids.has(`rIdDrawing${n}`)) n++;
  const id = `rIdDrawing${n}`;
  const element = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  if (existing) {
    if (!existing.includes('</Relationships>')) throw new ChartInjectionError(`${relsPath} is malformed`);
    zip.file(relsPath, existing.replace('</Relationships>', `${element}</Relationships>`));
  } else {
    zip.file(relsPath, relationshipsXml([{ id, type, target }]));
  }
  return id;
}

function insertDrawingElement(sheetXml: string, relId: string): string {
  if (/<drawing[\s/>]/.test(sheetXml)) {
    throw new ChartInjectionError('the sheet already has a drawing; charts cannot be added to it');
  }
  let xml = sheetXml;
  if (!/<worksheet[^>]*\sxmlns:r=/.test(xml)) {
    xml = xml.replace(/<worksheet(?=[\s>])/, `<worksheet xmlns:r="${R_NS}"`);
  }
  const positions = AFTER_DRAWING.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0);
  const at = Math.min(...positions);
  return `${xml.slice(0, at)}<drawing r:id="${relId}"/>${xml.slice(at)}`;
}

function addOverrides(contentTypes: string, overrides: readonly { part: string; type: string }[]): string {
  const items = overrides.map((o) => `<Override PartName="/${o.part}" ContentType="${o.type}"/>`).join('');
  if (!contentTypes.includes('</Types>')) throw new ChartInjectionError('[Content_Types].xml is malformed');
  return contentTypes.replace('</Types>', `${items}</Types>`);
}

/** Path of each sheet's part, by sheet name. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const sheets = parseSheets(await readText(zip, 'xl/workbook.xml'));
  const rels = parseRelationships(await readText(zip, 'xl/_rels/workbook.xml.rels'));
  const parts = new Map<string, string>();
  for (const sheet of sheets) {
    const rel = rels.get(sheet.relId);
    if (rel) parts.set(sheet.name, resolvePartPath('xl', rel.target));
  }
  return parts;
}

export async function injectCharts(zip: JSZip, charts: readonly BarChartData[]): Promise<void> {
  if (charts.length === 0) return;
  const parts = await sheetParts(zip);
  const bySheet = new Map<string, BarChartData[]>();
  for (const chart of charts) bySheet.set(chart.sheetName, [...(bySheet.get(chart.sheetName) ?? []), chart]);

  const overrides: { part: string; type: string }[] = [];
  for (const [sheetName, sheetCharts] of bySheet) {
    const sheetPath = parts.get(sheetName);
    if (!sheetPath) throw new ChartInjectionError(`no sheet part for sheet "${sheetName}"`);
    const drawingNo = freePartNumber(zip, (n) => `xl/drawings/drawing${n}.xml`);
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const chartRels: { id: string; type: string; target: string }[] = [];
    for (const [i, chart] of sheetCharts.entries()) {
      const chartNo = freePartNumber(zip, (n) => `xl/charts/chart${n}.xml`);
      const chartPath = `xl/charts/chart${chartNo}.xml`;
      zip.file(chartPath, barChartXml(chart));
      overrides.push({ part: chartPath, type: CT_CHART });
      chartRels.push({ id: `rIdChart${i + 1}`, type: REL_CHART, target: `../charts/chart${chartNo}.xml` });
    }
    zip.file(drawingPath, drawingXml(sheetCharts.map((c) => c.anchor)));
    zip.file(relsPathOf(drawingPath), relationshipsXml(chartRels));
    overrides.push({ part: drawingPath, type: CT_DRAWING });

    const target = `../drawings/drawing${drawingNo}.xml`;
    const relId = await addRelationship(zip, sheetPath, REL_DRAWING, relativeTarget(folderOf(sheetPath), target));
    zip.file(sheetPath, insertDrawingElement(await readText(zip, sheetPath), relId));
  }
  zip.file('[Content_Types].xml', addOverrides(await readText(zip, '[Content_Types].xml'), overrides));
}

/** The drawing target is written relative to xl/worksheets; sheets always live there. */
function relativeTarget(sheetFolder: string, target: string): string {
  if (sheetFolder !== 'xl/worksheets') {
    throw new ChartInjectionError(`unexpected sheet folder ${sheetFolder}`);
  }
  return target;
}
