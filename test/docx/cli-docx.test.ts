/**
 * `--docx`: the bundled sample's appendix as a Word document, opened and printed by LibreOffice
 * (Writer) and read back with poppler. What the document must show is read from the workbook the
 * same run writes (its result sheets, through ExcelJS: every unit's row as the sheet shows it, each
 * sheet's page orientation), not from the document builder. Also: the font and margins in the
 * document's XML, page numbers, and that nothing is written when the sheet has errors or the
 * folder cannot be written.
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import fs from 'fs';
import JSZip from 'jszip';
import os from 'os';
import path from 'path';
import { writeProblemText } from '../../src/cli/file-messages';
import { runCli } from '../../src/cli/main';
import { requireTools } from '../helpers/system-tools';

const SAMPLE = path.join(__dirname, '../../samples/thanh-tri-2021.xlsx');
const DECISION = ['--decision-number', '15/QĐ-UBND', '--decision-date', '20/01/2022', '--issuing-body', 'UBND huyện Thanh Trì'];

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { streams: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

interface Page { width: number; height: number; text: string }

/** The .docx printed to PDF by LibreOffice (a fresh profile), each page's size and text. */
function printDocx(docx: string, dir: string): Page[] {
  const profile = `file://${path.join(dir, 'lo-profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 180_000 });
  const pdf = docx.replace(/\.docx$/, '.pdf');
  const info = execFileSync('pdfinfo', ['-l', '1000', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  return sizes.map(([width, height], i) => ({
    width, height,
    text: execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
  }));
}

/** A cell as the sheet shows it: text as it is, a number in its format (the few the appendix uses) with a decimal comma. */
function shown(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v !== 'number') throw new Error(`${cell.address}: unexpected value ${JSON.stringify(v)}`);
  const fmt = cell.numFmt || 'General';
  const fixed = /^0(?:\.(0+))?$/.exec(fmt);
  if (fixed) return v.toFixed(fixed[1]?.length ?? 0).replace('.', ',');
  if (fmt === 'General' || fmt === '@') return String(v).replace('.', ',');
  throw new Error(`${cell.address}: number format ${fmt} not expected in the appendix`);
}

/** Text without its spaces and line ends. */
const solid = (s: string) => s.replace(/\s+/g, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A line's words as a pattern where any run of spaces may separate them. */
const spaced = (texts: string[]) => texts.filter((t) => t !== '').map((t) => t.split(/\s+/).map(escape).join('\\s+')).join('\\s+');

/** The title of a result sheet: its first long upper-case text that is not the issuing body or the appendix word. */
function titleOf(ws: ExcelJS.Worksheet): string {
  for (let r = 1; r <= ws.rowCount; r++) {
    for (const v of (ws.getRow(r).values as unknown[]).slice(1)) {
      if (typeof v === 'string' && v.length > 20 && v === v.toLocaleUpperCase('vi') && !v.startsWith('UBND')) return v;
    }
  }
  throw new Error(`no title on ${ws.name}`);
}

describe('--docx on the bundled sample', () => {
  let dir: string;
  let pages: Page[];
  let sheets: ExcelJS.Worksheet[];
  let docx: string;
  /** The unit names of the sample, from the overall ranking sheet. */
  let units: string[];

  beforeAll(async () => {
    requireTools('writer', 'pdftotext');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-docx-'));
    const input = path.join(dir, 'thanh-tri-2021.xlsx');
    fs.copyFileSync(SAMPLE, input);
    docx = path.join(dir, 'phu-luc.docx');
    const c = capture();
    expect(await runCli([input, '--docx', docx, ...DECISION], c.streams)).toBe(0);
    expect(c.out.join('\n')).toContain('phu-luc.docx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'thanh-tri-2021-xep-hang.xlsx'));
    // The result sheets, in the order the run wrote them (after the input's own sheets).
    const written = /\(các trang: (.*)\)/.exec(c.out.join('\n'))![1].split(', ');
    sheets = written.map((name) => wb.getWorksheet(name)!);
    const overall = sheets[0];
    units = [];
    overall.eachRow((row) => {
      const no = row.getCell(1).value;
      const name = row.getCell(2).value;
      if (typeof no === 'number' && typeof name === 'string') units.push(name);
    });
    pages = printDocx(docx, dir);
  }, 240_000);
  afterAll(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('A4 pages, each section turned as its sheet prints, every sheet in order', () => {
    expect(units).toHaveLength(16);
    for (const p of pages) expect([p.width, p.height].sort((a, b) => a - b).map(Math.round)).toEqual([595, 842]);
    let from = 0;
    for (const ws of sheets) {
      // Compared without spaces: pdftotext may split a word where the line is spread out ("TR ẤN").
      const title = solid(titleOf(ws));
      const at = pages.findIndex((p, i) => i >= from && solid(p.text).includes(title));
      expect({ sheet: ws.name, found: at >= 0 }).toEqual({ sheet: ws.name, found: true });
      const landscape = ws.pageSetup.orientation === 'landscape';
      expect({ sheet: ws.name, landscape: pages[at].width > pages[at].height }).toEqual({ sheet: ws.name, landscape });
      from = at;
    }
  });

  it("every unit's row of the ranking tables, its figures as the sheet shows them", () => {
    const all = pages.map((p) => p.text).join('\n');
    for (const ws of sheets.slice(0, 2)) {
      let rows = 0;
      ws.eachRow((row) => {
        const name = row.getCell(2).value;
        if (typeof name !== 'string' || !units.includes(name)) return;
        const cells: string[] = [];
        for (let c = 3; c <= ws.columnCount; c++) cells.push(shown(row.getCell(c)));
        // The row's number and its figures on one printed line (a long name may wrap around them).
        const line = new RegExp(`^\\s*${escape(shown(row.getCell(1)))}\\s+(?:\\S.*?\\s+)?${spaced(cells)}\\s*$`, 'm');
        expect({ sheet: ws.name, unit: name, printed: line.test(all) }).toEqual({ sheet: ws.name, unit: name, printed: true });
        for (const word of name.split(' ')) expect(all).toContain(word);
        rows++;
      });
      expect(rows).toBe(16);
    }
    // The overall table's names are whole on their row.
    for (const name of units) expect(all).toMatch(new RegExp(`^\\s*\\d+\\s+${spaced([name])}\\s+\\d`, 'm'));
  });

  it('the heading: "Phụ lục" on its own line, the title, the decision line; page numbers from the second page of each appendix', () => {
    const first = pages[0].text;
    expect(first).toMatch(/^\s*Phụ lục( [IVX]+)?\s*$/m);
    expect(first).not.toContain('PHỤ LỤC');
    expect(solid(first)).toContain(solid('(Kèm theo Quyết định số 15/QĐ-UBND ngày 20/01/2022 của UBND huyện Thanh Trì)'));
    expect(solid(first)).toContain(solid(titleOf(sheets[0])));
    // Each appendix is numbered on its own: no number on its first page, then 2, 3 …
    let number = 0;
    pages.forEach((p, i) => {
      const firstLine = p.text.split('\n').find((l) => l.trim() !== '')!.trim();
      const opens = /^\s*Phụ lục( [IVX]+)?\s*$/m.test(p.text);
      number = opens ? 1 : number + 1;
      if (opens) expect({ page: i + 1, firstLine: /^\d+$/.test(firstLine) }).toEqual({ page: i + 1, firstLine: false });
      else expect({ page: i + 1, firstLine }).toEqual({ page: i + 1, firstLine: String(number) });
    });
    expect(pages.length).toBeGreaterThan(sheets.length);
  });

  it('a title breaks only between its phrases: the ranked group stays on one line', () => {
    // The sample's title names "UBND CÁC XÃ, THỊ TRẤN"; at 14 pt bold on a portrait page the
    // title cannot fit one line, and Word must not break inside that phrase.
    const lines = pages[0].text.split('\n');
    expect(lines.some((l) => /CỦA\s+UBND\s+CÁC\s+XÃ,\s+THỊ\s+TRẤN/.test(l))).toBe(true);
  });

  it('Times New Roman and the margins of Nghị định 30/2020/NĐ-CP in the document', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(docx));
    const document = await zip.file('word/document.xml')!.async('string');
    const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
    const margins = [...document.matchAll(/<w:pgMar ([^>]*)\/>/g)].map((m) => m[1]);
    expect(margins).toHaveLength(sheets.length);
    for (const m of margins) {
      expect(m).toContain(`w:top="${twips(20)}"`);
      expect(m).toContain(`w:bottom="${twips(20)}"`);
      expect(m).toContain(`w:left="${twips(30)}"`);
      expect(m).toContain(`w:right="${twips(15)}"`);
    }
    expect(new Set([...document.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]))).toEqual(new Set(['Times New Roman']));
  });
});

describe('--docx refusals: nothing written', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-docx-')); });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('a sheet with errors: exit 1, no document and no workbook', async () => {
    const input = path.join(dir, 'bad.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Chấm điểm').addRows([
      ['STT', 'Lĩnh vực/Tiêu chí', 'Điểm tối đa', 'Xã Một', 'Xã Hai'],
      ['I', 'Chỉ đạo điều hành', 5, null, null],
      ['1.1', 'Kế hoạch', 5, 6, 4],
    ]);
    await wb.xlsx.writeFile(input);
    const docx = path.join(dir, 'bad.docx');
    expect(await runCli([input, '--docx', docx], capture().streams)).toBe(1);
    expect(fs.existsSync(docx)).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual(['bad.xlsx']);
  });

  it('a folder that cannot be written: the workbook\'s sentence, naming --docx, exit 2, nothing written', async () => {
    const input = path.join(dir, 'in.xlsx');
    fs.copyFileSync(SAMPLE, input);
    const docx = path.join(dir, 'no-such-folder', 'phu-luc.docx');
    const c = capture();
    expect(await runCli([input, '--docx', docx], c.streams)).toBe(2);
    expect(c.err).toEqual([writeProblemText('folder-not-writable', docx, path.dirname(docx), 'vi', '--docx')]);
    expect(fs.readdirSync(dir)).toEqual(['in.xlsx']);
  });

  it('a name not ending in .docx: usage error, exit 2, nothing written', async () => {
    const input = path.join(dir, 'in.xlsx');
    fs.copyFileSync(SAMPLE, input);
    const c = capture();
    expect(await runCli([input, '--docx', path.join(dir, 'phu-luc.doc')], c.streams)).toBe(2);
    expect(c.err.join('\n')).toContain('--docx');
    expect(fs.readdirSync(dir)).toEqual(['in.xlsx']);
  });
});
