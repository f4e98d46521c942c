/**
 * The Word document's structure, read from its XML: one section per sheet of the plan in plan
 * order, each turned as its sheet prints; A4, the margins and the font of Nghị định 30/2020/NĐ-CP
 * (values worked out from millimetres here, not taken from src/docx); page numbers in the header
 * from the second page of an appendix; the plan's merges as column and row spans; header rows
 * repeated; lines of text as paragraphs.
 */
import JSZip from 'jszip';
import { buildWorkbookPlan, buildWritePlan } from '../../src/appendix';
import type { SheetPlan, WritePlan } from '../../src/appendix/types';
import { appendixDocx } from '../../src/docx';
import { communes } from '../appendix/samples';

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

async function partsOf(bytes: Uint8Array): Promise<{ document: string; styles: string; headers: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const text = (name: string) => zip.file(name)!.async('string');
  const headerNames = Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n));
  return { document: await text('word/document.xml'), styles: await text('word/styles.xml'), headers: await Promise.all(headerNames.map(text)) };
}

/** The sections' properties and the XML of each section's content, in order. */
function sections(document: string): { props: string; body: string }[] {
  const found: { props: string; body: string }[] = [];
  const re = /<w:sectPr[\s\S]*?<\/w:sectPr>/g;
  let from = 0;
  for (const m of document.matchAll(re)) {
    found.push({ props: m[0], body: document.slice(from, m.index) });
    from = (m.index ?? 0) + m[0].length;
  }
  return found;
}

/** A paragraph's text, its no-break spaces (kept inside a title's phrases) read as spaces. */
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/\u00a0/g, ' ');

/** A small portrait sheet: a two-row header with a cell merged down and one merged across, a text line under it. */
function portraitSheet(): SheetPlan {
  const border = { border: true, fontName: 'Times New Roman', fontSize: 13 };
  return {
    key: 'small',
    name: 'Bảng nhỏ',
    blocks: [
      { row: 0, col: 0, values: [['BẢNG NHỎ CÓ Ô GỘP', null, null]] },
      { row: 2, col: 0, values: [['Đơn vị', 'Điểm', null], [null, 'Đạt', 'Tối đa'], ['Xã Một', 4.5, 5]] },
      { row: 6, col: 0, values: [['Ghi chú: dòng chữ dưới bảng.']] },
    ],
    styles: [
      { box: { row: 0, col: 0, rows: 1, cols: 3 }, style: { bold: true, hAlign: 'center' } },
      { box: { row: 2, col: 0, rows: 2, cols: 3 }, style: { ...border, bold: true, hAlign: 'center' } },
      { box: { row: 4, col: 0, rows: 1, cols: 3 }, style: { ...border, numberFormat: '0.00' } },
      { box: { row: 6, col: 0, rows: 1, cols: 1 }, style: { italic: true, hAlign: 'left' } },
    ],
    merges: [
      { row: 0, col: 0, rows: 1, cols: 3 },
      { row: 2, col: 0, rows: 2, cols: 1 },
      { row: 2, col: 1, rows: 1, cols: 2 },
    ],
    columnWidths: [{ col: 0, width: 20 }, { col: 1, width: 10 }, { col: 2, width: 10 }],
    print: { orientation: 'portrait', paper: 'A4', fitToPagesWide: 1, repeatRows: { first: 2, last: 3 } },
  };
}

describe('appendixDocx', () => {
  let plan: WritePlan;
  let parts: Awaited<ReturnType<typeof partsOf>>;
  beforeAll(async () => {
    plan = buildWritePlan(communes({ decision: { number: '12/QĐ-UBND', date: '15/01/2022', issuingBody: 'UBND huyện Ninh Giang', year: 2021 } }));
    plan = { sheets: [...plan.sheets, portraitSheet()] };
    parts = await partsOf(await appendixDocx(plan, { lang: 'vi' }));
  });

  it('one section per sheet, in plan order, each turned as the sheet prints, on A4', () => {
    const found = sections(parts.document);
    expect(found).toHaveLength(plan.sheets.length);
    found.forEach(({ props }, i) => {
      const landscape = plan.sheets[i].print?.orientation === 'landscape';
      const [w, h] = landscape ? [twips(297), twips(210)] : [twips(210), twips(297)];
      expect(props).toMatch(new RegExp(`<w:pgSz w:w="${w}" w:h="${h}"`));
      expect(props.includes('w:orient="landscape"')).toBe(landscape);
    });
    expect(found[found.length - 1].props).toContain(`w:w="${twips(210)}"`);
  });

  it('margins of the decree: top and bottom 20 mm, left 30 mm, right 15 mm, in every section', () => {
    for (const { props } of sections(parts.document)) {
      const margin = /<w:pgMar ([^>]*)\/>/.exec(props)![1];
      expect(margin).toContain(`w:top="${twips(20)}"`);
      expect(margin).toContain(`w:bottom="${twips(20)}"`);
      expect(margin).toContain(`w:left="${twips(30)}"`);
      expect(margin).toContain(`w:right="${twips(15)}"`);
    }
  });

  it("the document's title is the appendix's name", async () => {
    const zip = await JSZip.loadAsync(await appendixDocx(plan, { lang: 'vi' }));
    const core = await zip.file('docProps/core.xml')!.async('string');
    const lines = sections(parts.document)[0].body.split('</w:p>').map(textOf);
    const name = lines[lines.indexOf('Phụ lục') + 1];
    expect(name).toMatch(/NĂM 2021/);
    expect(core).toContain(`<dc:title>${name}</dc:title>`);
  });

  it('Times New Roman 13 by default and on every run that names a font', () => {
    expect(parts.styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="26"\/>/);
    const fonts = new Set([...parts.document.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  it('the appendix opens with "Phụ lục" (14 pt, bold), its title and the italic "Kèm theo" line, numbered from page 2', () => {
    const [first] = sections(parts.document);
    const paragraphs = first.body.split('</w:p>');
    const appendix = paragraphs.find((p) => textOf(p) === 'Phụ lục')!;
    expect(appendix).toBeDefined();
    expect(appendix).toContain('<w:b/>');
    expect(appendix).toContain('<w:sz w:val="28"/>');
    expect(appendix).toContain('<w:jc w:val="center"/>');
    const attached = paragraphs.find((p) => textOf(p).startsWith('(Kèm theo Quyết định số 12/QĐ-UBND ngày 15/01/2022'))!;
    expect(attached).toContain('<w:i/>');
    expect(first.body.indexOf('Phụ lục')).toBeLessThan(first.body.replace(/\u00a0/g, ' ').indexOf('(Kèm theo'));
    // Numbered from 1, no number on its first page (each appendix numbered on its own).
    expect(first.props).toContain('<w:titlePg/>');
    expect(first.props).toMatch(/<w:pgNumType w:start="1"/);
    // A sheet with no "Phụ lục" line (the small one) runs on from the one before, numbered from its first page.
    const last = sections(parts.document).at(-1)!;
    expect(last.props).not.toMatch(/<w:titlePg\/>/);
    expect(last.props).not.toContain('w:start=');
    // The page number is a PAGE field in a centred header.
    const numbered = parts.headers.filter((h) => /PAGE/.test(h));
    expect(numbered.length).toBeGreaterThan(0);
    for (const h of numbered) expect(h).toContain('<w:jc w:val="center"/>');
  });

  it('every unit of the overall table in rank order, its figures as the sheet shows them', () => {
    const [first] = sections(parts.document);
    const rows = first.body.split('</w:tr>').map(textOf);
    const names = ['Thị trấn Ninh Giang', 'Xã Ánh Sáng', 'Xã Bình Minh', 'Xã Đồng Tâm', 'Xã An Đức', 'Xã Eo Gió'];
    const at = names.map((n) => rows.findIndex((r) => r.includes(n)));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Xã Ánh Sáng: total 87.75 and index 87.75 with two decimals and a decimal comma.
    expect(rows[at[1]]).toContain('87,7587,75');
    // The mean row (its label is the catalogue's): mean total 511.5 / 6 = 85.25.
    expect(rows.some((r) => !names.some((n) => r.includes(n)) && r.includes('85,2585,25'))).toBe(true);
  });

  it('merges become spans (across: gridSpan, down: vMerge), header rows repeat, widths follow the plan', () => {
    const last = sections(parts.document).at(-1)!.body;
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(last)![0];
    const rows = table.split('</w:tr>').slice(0, -1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:gridSpan w:val="2"/>');
    expect(rows[0]).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(rows[1]).toMatch(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/);
    expect(rows.map((r) => r.includes('<w:tblHeader/>'))).toEqual([true, true, false]);
    expect(textOf(rows[2])).toBe('Xã Một4,505,00');
    // Columns of 20, 10 and 10 characters: the first twice the others, all three the text's width.
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(3);
    expect(grid[0] / grid[1]).toBeCloseTo((20 * 5.25 + 3.75) / (10 * 5.25 + 3.75), 2);
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(twips(210 - 30 - 15));
    expect(grid.reduce((a, b) => a + b, 0)).toBeGreaterThan(twips(210 - 30 - 15) - 10);
    // The title above and the note under the table are paragraphs, not table cells.
    expect(textOf(last.slice(0, last.indexOf('<w:tbl>')))).toContain('BẢNG NHỎ CÓ Ô GỘP');
    const after = last.slice(last.indexOf('</w:tbl>'));
    expect(textOf(after)).toContain('Ghi chú: dòng chữ dưới bảng.');
    expect(after).toContain('<w:i/>');
  });

  it('several ranking groups: each part "Phụ lục I", "Phụ lục II" on its line, its sheets numbered on their own', async () => {
    const workbook = buildWorkbookPlan([{ name: 'Khối xã', result: communes() }, { name: 'Khối phòng', result: communes() }]);
    const { document } = await partsOf(await appendixDocx(workbook, { lang: 'vi' }));
    const found = sections(document);
    expect(found).toHaveLength(workbook.sheets.length);
    const words = found.map(({ body }) => body.split('</w:p>').map(textOf).find((t) => /^Phụ lục/.test(t)));
    // Each sheet of part k that has the appendix line says "Phụ lục" and k in Roman numerals.
    workbook.sheets.forEach((sheet, i) => {
      if (words[i] !== undefined) expect(words[i]).toBe(`Phụ lục ${sheet.part === 1 ? 'I' : 'II'}`);
    });
    expect(words.filter((w) => w === 'Phụ lục I').length).toBeGreaterThan(0);
    expect(words.filter((w) => w === 'Phụ lục II').length).toBeGreaterThan(0);
    found.forEach(({ props }, i) => expect(props.includes('w:start="1"')).toBe(words[i] !== undefined));
  });

  it('an English plan: numbers with a decimal point, "Appendix" on its line', async () => {
    const english = buildWritePlan(communes({ lang: 'en' }));
    const { document } = await partsOf(await appendixDocx(english, { lang: 'en' }));
    const first = sections(document)[0].body;
    expect(first.split('</w:p>').some((p) => textOf(p) === 'Appendix')).toBe(true);
    expect(first.split('</w:tr>').map(textOf).some((r) => r.includes('87.7587.75'))).toBe(true);
  });
});
