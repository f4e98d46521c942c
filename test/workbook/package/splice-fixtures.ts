/**
 * Shared pieces of the splicing writer's tests: a PackageSource over a zip, one splice written out,
 * the sample's write plan, workbooks written by openpyxl, and openpyxl reading a result back.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWritePlan } from '../../../src/appendix';
import type { WritePlan } from '../../../src/appendix/types';
import { scoreSheet } from '../../../src/engine';
import { splicePlan, type PackageSource, type SpliceOutcome } from '../../../src/workbook/package/splice';
import { writeZip, ZipArchive } from '../../../src/workbook/package/zip';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { requireTools, SYSTEM_PYTHON } from '../../helpers/system-tools';

export const SAMPLES = join(__dirname, '..', '..', '..', 'samples');
export const THANH_TRI = join(SAMPLES, 'thanh-tri-2021.xlsx');
export const DAM_HA = join(SAMPLES, 'dam-ha-2018-tham-dinh.xlsx');

/** The parts a splice may edit; every other part of the input must come back byte for byte. */
export const EDITABLE = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[content_types].xml', 'xl/styles.xml', 'docprops/app.xml']);

const utf8 = new TextDecoder();

export function sourceOf(zip: ZipArchive): PackageSource {
  return { names: () => zip.entries.map((e) => e.name), text: (n) => zip.textOf(n), bytes: (n) => zip.bytesOf(n) };
}

export interface Spliced extends SpliceOutcome {
  input: ZipArchive;
  output: ZipArchive;
  bytes: Uint8Array;
}

/** Splices a plan into a package and writes the result. */
export function splice(bytes: Uint8Array, plan: WritePlan, inputSheets: readonly string[] = []): Spliced {
  const input = ZipArchive.open(bytes);
  const outcome = splicePlan(sourceOf(input), plan, new Set(inputSheets));
  const out = writeZip(input, outcome.changes);
  return { ...outcome, input, output: ZipArchive.open(out), bytes: out };
}

export function text(zip: ZipArchive, part: string): string {
  const t = zip.textOf(part);
  if (t === undefined) throw new Error(`${part} is missing`);
  return t;
}

export function decode(bytes: Uint8Array | null | undefined): string {
  if (!bytes) throw new Error('no content');
  return utf8.decode(bytes);
}

/** Parts of `input` (outside the editable ones) whose stored bytes differ in `output`, or are missing. */
export function changedParts(input: ZipArchive, output: ZipArchive, also: readonly string[] = []): string[] {
  const allowed = new Set([...EDITABLE, ...also.map((p) => p.toLowerCase())]);
  return input.entries
    .filter((e) => !allowed.has(e.name.toLowerCase()))
    .filter((e) => {
      const o = output.entry(e.name);
      return !o || o.crc !== e.crc || !Buffer.from(output.stored(o)).equals(Buffer.from(input.stored(e)));
    })
    .map((e) => e.name);
}

/** The scoring sheet of a sample and the write plan of its result. */
export async function samplePlan(path: string): Promise<{ bytes: Uint8Array; sheet: string; plan: WritePlan }> {
  const bytes = new Uint8Array(readFileSync(path));
  const wb = await XlsxWorkbook.fromBuffer(bytes, path);
  const sheet = await wb.activeSheetName();
  const outcome = scoreSheet(await wb.readSheet(sheet));
  if (!outcome.ok) throw new Error(`${path} does not score: ${JSON.stringify(outcome.findings.slice(0, 3))}`);
  return { bytes, sheet, plan: buildWritePlan(outcome.result) };
}

/** What the ExcelJS adapter writes for the same plan (the reference the splice must match). */
export async function excelJsOutput(bytes: Uint8Array, sheet: string, plan: WritePlan): Promise<Uint8Array> {
  const wb = await XlsxWorkbook.fromBuffer(bytes);
  await wb.readSheet(sheet);
  await wb.applyPlan(plan);
  return new Uint8Array(await wb.toBuffer());
}

export function python(script: string, ...args: string[]): string {
  requireTools('openpyxl');
  return execFileSync(SYSTEM_PYTHON, ['-c', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * A workbook written by openpyxl: a data sheet with a bar chart, a comment, conditional
 * formatting, data validation, print titles and a workbook name, and a sheet of the user's named
 * like our first result sheet ("Xếp hạng chung").
 */
export const OPENPYXL_WORKBOOK = `
import sys, openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill, Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.workbook.defined_name import DefinedName
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Dữ liệu'
ws.append(['Đơn vị', 'Điểm'])
for u, p in [('Xã A', 90), ('Xã B', 85.5), ('Xã C', 70)]:
    ws.append([u, p])
ws['A1'].font = Font(bold=True, color='FF0000')
ws['B2'].comment = Comment('Ghi chú của người dùng', 'Người dùng')
ws.conditional_formatting.add('B2:B4', CellIsRule(operator='greaterThan', formula=['80'], fill=PatternFill('solid', fgColor='FFFF00')))
dv = DataValidation(type='decimal', operator='between', formula1='0', formula2='100')
ws.add_data_validation(dv)
dv.add('B2:B4')
chart = BarChart()
chart.title = 'Biểu đồ của người dùng'
chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=4), titles_from_data=True)
chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=4))
ws.add_chart(chart, 'D2')
ws.print_title_rows = '1:1'
name = DefinedName('VungDiem', attr_text="'Dữ liệu'!$B$2:$B$4")
try:
    wb.defined_names.append(name)
except AttributeError:
    wb.defined_names['VungDiem'] = name
other = wb.create_sheet('Xếp hạng chung')
other['A1'] = 'Bảng của người dùng'
wb.save(sys.argv[1])
`;

/**
 * openpyxl's view of a workbook, as JSON: sheet names, defined names, and per sheet its values,
 * merges, custom widths and heights, panes, print settings, charts, comments, validations,
 * conditional formats, and the look of a few cells.
 */
export const OPENPYXL_DUMP = `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], keep_vba=sys.argv[1].endswith('.xlsm'))
out = {'sheets': wb.sheetnames, 'names': [[d.name, d.attr_text, d.localSheetId] for d in wb.defined_names.definedName], 'by': {}}
for ws in wb.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                cells[c.coordinate] = c.value
    look = {}
    for coord in (sys.argv[2:] or []):
        c = ws[coord]
        look[coord] = {'font': c.font.name, 'size': c.font.sz, 'bold': bool(c.font.b), 'italic': bool(c.font.i),
                       'h': c.alignment.horizontal, 'v': c.alignment.vertical, 'wrap': bool(c.alignment.wrap_text),
                       'border': [s.style for s in (c.border.left, c.border.right, c.border.top, c.border.bottom)],
                       'format': c.number_format, 'fill': c.fill.fgColor.rgb if c.fill.fill_type == 'solid' else None}
    out['by'][ws.title] = {
        'cells': cells,
        'merges': sorted(str(m) for m in ws.merged_cells.ranges),
        'widths': {k: v.width for k, v in ws.column_dimensions.items() if v.customWidth},
        'heights': {str(k): v.height for k, v in ws.row_dimensions.items() if v.height},
        'freeze': ws.freeze_panes,
        'titles': ws.print_title_rows,
        'setup': [ws.page_setup.paperSize, ws.page_setup.orientation, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight,
                  bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage)],
        'footer': ws.oddFooter.center.text,
        'breaks': [b.id for b in ws.row_breaks.brk],
        'charts': len(ws._charts),
        'comments': {c.coordinate: c.comment.text for row in ws.iter_rows() for c in row if c.comment},
        'validations': [str(d.sqref) for d in ws.data_validations.dataValidation],
        'conditional': len(ws.conditional_formatting),
        'look': look,
    }
print(json.dumps(out, ensure_ascii=False, default=str))
`;

export interface SheetDump {
  cells: Record<string, string | number>;
  merges: string[];
  widths: Record<string, number>;
  heights: Record<string, number>;
  freeze: string | null;
  titles: string | null;
  setup: [string | number | null, string | null, number | null, number | null, boolean];
  footer: string | null;
  breaks: number[];
  charts: number;
  comments: Record<string, string>;
  validations: string[];
  conditional: number;
  look: Record<string, { font: string; size: number; bold: boolean; italic: boolean; h: string | null; v: string | null; wrap: boolean; border: (string | null)[]; format: string; fill: string | null }>;
}

export interface WorkbookDump {
  sheets: string[];
  names: [string, string, number | null][];
  by: Record<string, SheetDump>;
}

export function openpyxlDump(file: string, cells: readonly string[] = []): WorkbookDump {
  return JSON.parse(python(OPENPYXL_DUMP, file, ...cells)) as WorkbookDump;
}
