/**
 * The command line end to end, in process: exit codes, what it prints, what it writes, and that
 * it never touches its input.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';

const SAMPLE = path.join(__dirname, '../../samples/thanh-tri-2021.xlsx');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  return { streams: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), progress: (t: string) => progress.push(t) }, out, err, progress };
}

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-cli-')); });
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

/** A scoring sheet with the spec's layout: three units, two components. */
const SCORING_ROWS = [
  ['UBND HUYỆN NINH GIANG'],
  [],
  ['STT', 'Lĩnh vực/Tiêu chí', 'Điểm tối đa', 'Xã Đồng Tâm', 'Xã An Đức', 'Xã Hồng Phúc'],
  ['I', 'Công tác chỉ đạo, điều hành CCHC', 5, null, null, null],
  ['1.1', 'Kế hoạch CCHC năm', 2, 2, 1.5, 1],
  ['1.2', 'Báo cáo CCHC', 3, 2.5, 3, 1.75],
  ['II', 'Cải cách thể chế', 5, null, null, null],
  ['2.1', 'Xây dựng văn bản', 5, 4.75, 4, 5],
  [null, 'Tổng cộng', 10, null, null, null],
];

/** A small workbook written by ExcelJS (not by our adapter), with the spec's layout. */
async function makeWorkbook(file: string, edit?: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chấm điểm 2022');
  ws.addRows(SCORING_ROWS);
  edit?.(ws);
  await wb.xlsx.writeFile(file);
}

/** Last year's overall ranking as a committee keeps it: Xã An Đức first, Xã Đồng Tâm second. */
const LAST_YEAR_TABLE = [
  ['STT', 'Đơn vị', 'Điểm tối đa', 'Điểm đạt', 'Chỉ số (%)', 'Xếp hạng', 'Xếp loại'],
  [1, 'Xã An Đức', 10, 9, 90, 1, 'Xuất sắc'],
  [2, 'Xã Đồng Tâm', 10, 8, 80, 2, 'Tốt'],
];

describe('score command', () => {
  it('with no argument scores the bundled sample and writes <input>-xep-hang.xlsx beside it', async () => {
    const copy = path.join(dir, 'thanh-tri-2021.xlsx');
    fs.copyFileSync(SAMPLE, copy);
    const before = fs.readFileSync(copy);
    const c = capture();
    const code = await runCli([copy], c.streams);
    expect(code).toBe(0);
    const table = c.out.join('\n');
    expect(table).toMatch(/1\/15\s+Xã Tam Hiệp\s+95,00\/100\s+95,00\s+Xuất sắc/);
    const written = path.join(dir, 'thanh-tri-2021-xep-hang.xlsx');
    expect(fs.existsSync(written)).toBe(true);
    expect(fs.readFileSync(copy).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(written);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Bảng chấm điểm', 'Xếp hạng chung']));
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(c.progress.map((p) => p.replace(/ \(.*\)$/, ''))).toEqual([
      '… Đang đọc tệp', '… Đang kiểm tra và tính điểm', '… Đang ghi các bảng kết quả', '… Xong',
    ]);
  });

  it('--json - prints exactly the spec result shape on stdout', async () => {
    const file = path.join(dir, 'in.xlsx');
    await makeWorkbook(file);
    const c = capture();
    expect(await runCli([file, '--json', '-', '--out', path.join(dir, 'o.xlsx')], c.streams)).toBe(0);
    const json = JSON.parse(c.out.join('\n'));
    expect(Object.keys(json)).toEqual(['ok', 'sheet', 'ranking', 'units', 'groups', 'findings']);
    expect(json.groups).toEqual([{ name: 'Chấm điểm 2022', sheets: ['Chấm điểm 2022'], units: 3, maxTotal: 10, ranking: 'dense' }]);
    expect(json).toMatchObject({ ok: true, sheet: 'Chấm điểm 2022', ranking: 'dense', findings: [] });
    // I: 4.5, 4.5, 2.75 -> two levels; II: 4.75, 4, 5 -> three; totals 9.25, 8.5, 7.75.
    expect(json.units[0]).toEqual({
      name: 'Xã Đồng Tâm', group: 'Chấm điểm 2022', total: 9.25, max: 10, index: 92.5, rank: 1, rankLevels: 3, grade: 'Xuất sắc',
      components: [
        { code: 'I', name: 'Công tác chỉ đạo, điều hành CCHC', score: 4.5, max: 5, index: 90, rank: 1, rankLevels: 2 },
        { code: 'II', name: 'Cải cách thể chế', score: 4.75, max: 5, index: 95, rank: 2, rankLevels: 3 },
      ],
    });
  });

  it('exit 1 when the sheet has errors: every finding as Sheet!A1: message, nothing written', async () => {
    const file = path.join(dir, 'bad.xlsx');
    await makeWorkbook(file, (ws) => {
      ws.getCell('E8').value = 5.5; // above the max 5 of 2.1
      ws.getCell('F5').value = 'hai'; // text
    });
    const before = fs.readFileSync(file);
    const c = capture();
    const jsonFile = path.join(dir, 'r.json');
    expect(await runCli([file, '--json', jsonFile], c.streams)).toBe(1);
    expect(c.err.join('\n')).toContain('Chấm điểm 2022!F5: Xã Hồng Phúc: ô điểm của tiêu chí 1.1 (Kế hoạch CCHC năm) chứa "hai"');
    expect(c.err.join('\n')).toContain('Chấm điểm 2022!E8: Xã An Đức: 5,5 vượt điểm tối đa 5 của tiêu chí 2.1 (Xây dựng văn bản)');
    expect(fs.existsSync(path.join(dir, 'bad-xep-hang.xlsx'))).toBe(false);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const json = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
    expect(json.ok).toBe(false);
    expect(json.units).toEqual([]);
    expect(json.findings.map((f: { cell: string; rule: string }) => `${f.rule}@${f.cell}`)).toEqual([
      'score-not-number@F5', 'score-above-max@E8',
    ]);
  });

  it('--lang en prints English messages', async () => {
    const file = path.join(dir, 'bad.xlsx');
    await makeWorkbook(file, (ws) => { ws.getCell('E8').value = 5.5; });
    const c = capture();
    expect(await runCli([file, '--lang', 'en'], c.streams)).toBe(1);
    expect(c.err.join('\n')).toContain('Chấm điểm 2022!E8: Xã An Đức: 5.5 is above the max 5 of criterion 2.1 (Xây dựng văn bản)');
  });

  it('exit 2 for usage errors and unreadable files, and it refuses to write over its input', async () => {
    const file = path.join(dir, 'in.xlsx');
    await makeWorkbook(file);
    const before = fs.readFileSync(file);
    for (const argv of [['--ranking', 'best'], ['--bogus'], [file, file], [path.join(dir, 'missing.xlsx')], [file, '--out', file], [file, '--sheet', 'Không có']]) {
      const c = capture();
      expect(await runCli(argv, c.streams)).toBe(2);
      expect(c.err.join('\n').length).toBeGreaterThan(0);
    }
    fs.writeFileSync(path.join(dir, 'text.xlsx'), 'not a zip');
    expect(await runCli([path.join(dir, 'text.xlsx')], capture().streams)).toBe(2);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('--ranking competition and --not-applicable exclude reach the engine', async () => {
    const file = path.join(dir, 'tie.xlsx');
    await makeWorkbook(file, (ws) => {
      ws.getCell('F5').value = 1.5; ws.getCell('F6').value = 3; ws.getCell('F8').value = 4; // ties Xã An Đức at 8.5
      ws.getCell('D8').value = 'KPS';
    });
    const c = capture();
    expect(await runCli([file, '--json', '-', '--ranking', 'competition', '--not-applicable', 'exclude', '--out', path.join(dir, 'o.xlsx')], c.streams)).toBe(0);
    const json = JSON.parse(c.out.join('\n'));
    expect(json.ranking).toBe('competition');
    expect(json.units.map((u: { rank: number }) => u.rank)).toEqual([1, 2, 2]);
    expect(json.units[0]).toMatchObject({ total: 4.5, max: 5, index: 90 });
    expect(json.findings.map((f: { rule: string }) => f.rule)).toEqual(['not-applicable']);
  });

  it('says which sheet it scored and which others also look like scoring sheets', async () => {
    const file = path.join(dir, 'two.xlsx');
    const wb = new ExcelJS.Workbook();
    const rows = [['STT', 'Nội dung', 'Điểm tối đa', 'Xã An'], ['1', 'Chỉ đạo', 2, 1.5]];
    wb.addWorksheet('Hướng dẫn').addRows([['TT', 'Tiêu chí', 'Điểm tối đa', 'Tài liệu kiểm chứng'], ['1', 'Chỉ đạo', 2, 'Kế hoạch']]);
    wb.addWorksheet('Năm 2021').addRows(rows);
    wb.addWorksheet('Năm 2022').addRows(rows);
    await wb.xlsx.writeFile(file);
    const c = capture();
    expect(await runCli([file, '--out', path.join(dir, 'o.xlsx')], c.streams)).toBe(0);
    expect(c.out.join('\n')).toContain('Chấm trang tính "Năm 2021" (các trang cũng giống bảng chấm điểm: "Năm 2022"; chọn bằng --sheet)');
  });

  it('never takes last year’s ranking table, copied in before the scoring sheet, for the scoring sheet', async () => {
    const file = path.join(dir, 'copied.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Năm 2021').addRows(LAST_YEAR_TABLE);
    wb.addWorksheet('Chấm điểm 2022').addRows(SCORING_ROWS);
    await wb.xlsx.writeFile(file);
    const c = capture();
    expect(await runCli([file, '--out', path.join(dir, 'o.xlsx')], c.streams)).toBe(0);
    expect(c.out.join('\n')).toContain('Chấm trang tính "Chấm điểm 2022"\n');
  });

  it('--previous: last year’s ranking table gives each unit its previous rank and the change', async () => {
    const file = path.join(dir, 'in.xlsx');
    const out = path.join(dir, 'out.xlsx');
    await makeWorkbook(file);
    const lastYear = path.join(dir, 'last-year.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ghi chú').addRows([['Biên bản họp']]);
    wb.addWorksheet('Năm 2021').addRows(LAST_YEAR_TABLE);
    await wb.xlsx.writeFile(lastYear);
    expect(await runCli([file, '--out', out, '--previous', lastYear], capture().streams)).toBe(0);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const rows: unknown[][] = [];
    written.getWorksheet('Xếp hạng chung')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows.find((r) => r.includes('Đơn vị')) ?? [];
    const at = (unit: string, column: string) => rows.find((r) => r.includes(unit))?.[header.indexOf(column)];
    expect([at('Xã Đồng Tâm', 'Xếp hạng năm trước'), at('Xã Đồng Tâm', 'Thay đổi')]).toEqual([2, 'tăng 1 bậc']);
    expect([at('Xã An Đức', 'Xếp hạng năm trước'), at('Xã An Đức', 'Thay đổi')]).toEqual([1, 'giảm 1 bậc']);
  });

  it('--previous whose scoring sheet has errors: exit 2, nothing written', async () => {
    const file = path.join(dir, 'in.xlsx');
    const lastYear = path.join(dir, 'last-year.xlsx');
    await makeWorkbook(file);
    await makeWorkbook(lastYear, (ws) => { ws.getCell('E8').value = 5.5; });
    const c = capture();
    expect(await runCli([file, '--previous', lastYear], c.streams)).toBe(2);
    expect(c.err).toEqual([`Kết quả năm trước (${lastYear}) có 1 lỗi; hãy sửa tệp đó hoặc bỏ --previous.`]);
    expect(fs.existsSync(path.join(dir, 'in-xep-hang.xlsx'))).toBe(false);
  });

  it('fills the appendix heading from the decision options', async () => {
    const file = path.join(dir, 'in.xlsx');
    const out = path.join(dir, 'out.xlsx');
    await makeWorkbook(file);
    expect(await runCli([file, '--out', out, '--issuing-body', 'UBND HUYỆN NINH GIANG', '--decision-number', '245/QĐ-UBND',
      '--decision-date', '20/02/2023', '--year', '2022', '--ranked-group', 'UBND các xã'], capture().streams)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: string[] = [];
    wb.getWorksheet('Xếp hạng chung')!.eachRow((row) => row.eachCell((c) => { if (typeof c.value === 'string') texts.push(c.value); }));
    expect(texts).toEqual(expect.arrayContaining([
      'UBND HUYỆN NINH GIANG',
      'KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022 CỦA UBND CÁC XÃ',
      '(Kèm theo Quyết định số 245/QĐ-UBND ngày 20/02/2023 của UBND HUYỆN NINH GIANG)',
    ]));
    expect(await runCli([file, '--year', '22'], capture().streams)).toBe(2);
  });

  it('--json never writes over the input or the output workbook, and reports an unwritable path', async () => {
    const file = path.join(dir, 'in.xlsx');
    await makeWorkbook(file);
    const before = fs.readFileSync(file);
    const out = path.join(dir, 'out.xlsx');
    expect(await runCli([file, '--json', file, '--out', out], capture().streams)).toBe(2);
    expect(await runCli([file, '--json', out, '--out', out], capture().streams)).toBe(2);
    const c = capture();
    expect(await runCli([file, '--json', path.join(dir, 'no', 'such', 'dir', 'r.json'), '--out', out], c.streams)).toBe(2);
    expect(c.err.join('\n')).toContain('Không ghi được');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
