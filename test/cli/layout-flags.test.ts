/**
 * Stating the layout on the command line instead of editing the sheet: the flags as people
 * write them (rows from 1, columns as letters), what they make of a sheet detection cannot read,
 * and the usage errors of a flag written wrong.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { parseArgs, UsageError } from '../../src/cli/args';
import { runCli } from '../../src/cli/main';

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-flags-')); });
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

async function workbook(file: string, rows: (string | number | null)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Bảng điểm').addRows(rows);
  await wb.xlsx.writeFile(file);
}

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  const text = out.join('\n');
  return { code, out, err, json: code !== 2 && text.trimStart().startsWith('{') ? JSON.parse(text) : undefined };
}

describe('the flags', () => {
  it('become the readers’ 0-based layout', () => {
    const a = parseArgs(['in.xlsx', '--layout', 'units-as-rows', '--header-row', '4', '--unit-name-column', 'B',
      '--component-columns', 'C:E,H', '--max-row', '6', '--code-column', 'a', '--ranked', 'self']);
    expect(a.layout).toEqual({ kind: 'units-as-rows', headerRow: 3, unitNameColumn: 1, componentColumns: [2, 3, 4, 7], maxRow: 5, codeColumn: 0, rankedScore: 'self' });
    expect(parseArgs(['--layout=criteria-as-rows', '--max-column=C', '--unit-columns=D,F,AA']).layout)
      .toEqual({ kind: 'criteria-as-rows', maxColumn: 2, unitColumns: [3, 5, 26] });
    expect(parseArgs(['--sheet', 'A', '--sheet', 'B']).sheets).toEqual(['A', 'B']);
    expect(parseArgs([]).layout).toBeUndefined();
  });

  it.each([
    [['--header-row', '4'], '--header-row cần --layout'],
    [['--layout', 'rows'], '--layout: "rows"'],
    [['--layout', 'units-as-rows', '--header-row', '0'], 'không phải số dòng'],
    [['--layout', 'units-as-rows', '--max-column', '3'], 'không phải chữ cột'],
    [['--layout', 'criteria-as-rows', '--unit-columns', 'F:D'], 'hãy ghi các cột như D:P'],
    [['--ranked', 'self'], '--ranked cần --layout'],
  ])('%j is refused, saying what to write', (argv, words) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(words);
  });
});

describe('a stated layout', () => {
  const deepHeader = (): (string | number | null)[][] => [
    ['UBND HUYỆN MẪU'],
    ...Array.from({ length: 32 }, (_, i) => [`Ghi chú ${i + 1}`]),
    ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An', 'Xã Bình'],
    ['I', 'Chỉ đạo', 6, 5, 4.5],
    ['1.1', 'Kế hoạch', 6, 5, 4.5],
    ['II', 'Thể chế', 4, 4, 3.5],
    ['2.1', 'Văn bản', 4, 4, 3.5],
    [null, 'Tổng cộng', 10, 9, 8],
  ];

  it('reads a standard sheet whose header is below the rows searched, which detection cannot', async () => {
    const file = path.join(dir, 'sau.xlsx');
    await workbook(file, deepHeader());
    const out = path.join(dir, 'o.xlsx');
    const unstated = await run([file, '--json', '-', '--out', out]);
    expect(unstated.code).toBe(1);
    expect(unstated.json.findings.map((f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`)).toEqual(['no-layout@A1']);
    expect(unstated.err.join('\n')).toContain('Hãy khai báo bố cục');

    const stated = await run([file, '--json', '-', '--out', out, '--layout', 'criteria-as-rows', '--header-row', '34']);
    expect(stated.code).toBe(0);
    expect(stated.json.units.map((u: { name: string; total: number; rank: number }) => [u.name, u.total, u.rank])).toEqual([['Xã An', 9, 1], ['Xã Bình', 8, 2]]);
    expect(stated.err).toContain('Nhận ra: Tiêu chí theo hàng, đơn vị theo cột · sheet Bảng điểm · dòng tiêu đề 34 · 2 đơn vị · 2 lĩnh vực');
  });

  it('reads a summary table whose component columns have no code, with its max row', async () => {
    const file = path.join(dir, 'tong-hop.xlsx');
    await workbook(file, [
      ['BẢNG TỔNG HỢP'],
      ['STT', 'Đơn vị', 'Chỉ đạo', 'Thể chế', 'Ghi chú'],
      [null, 'Điểm tối đa', 6, 4, null],
      [1, 'Xã An', 5, 4, null],
      [2, 'Xã Bình', 5.5, 3.5, 'Nộp muộn'],
      [3, 'Xã Cường', 4, 3, null],
    ]);
    const r = await run([file, '--json', '-', '--out', path.join(dir, 'o.xlsx'), '--layout', 'units-as-rows',
      '--header-row', '2', '--unit-name-column', 'B', '--component-columns', 'C:D', '--max-row', '3']);
    expect(r.code).toBe(0);
    expect(r.json.units.map((u: { name: string; total: number; rank: number; components: { code: string }[] }) =>
      [u.name, u.total, u.rank, u.components.map((c) => c.code)])).toEqual([
      ['Xã An', 9, 1, ['I', 'II']], ['Xã Bình', 9, 1, ['I', 'II']], ['Xã Cường', 7, 2, ['I', 'II']],
    ]);
    expect(r.err).toContain('Nhận ra: Đơn vị theo hàng · sheet Bảng điểm · dòng tiêu đề 2 · dòng điểm tối đa 3 · 3 đơn vị · 2 lĩnh vực');
  });
});

describe('several ranking groups', () => {
  it('one table per group on the terminal, and --ranked-group said to be unused', async () => {
    const file = path.join(dir, 'hai-khoi.xlsx');
    const wb = new ExcelJS.Workbook();
    const sheet = (name: string, units: string[], scores: number[][]) => wb.addWorksheet(name).addRows([
      ['STT', 'Nội dung', 'Điểm tối đa', ...units],
      ['I', 'Chỉ đạo', 10, ...scores[0]],
      ['1.1', 'Kế hoạch', 10, ...scores[0]],
      [null, 'Tổng cộng', 10, ...scores[0]],
    ]);
    sheet('Khối phòng', ['Phòng Nội vụ', 'Phòng Y tế'], [[8, 9]]);
    sheet('Khối xã', ['Xã An', 'Xã Bình', 'Xã Cường'], [[7, 9.5, 7]]);
    await wb.xlsx.writeFile(file);
    const r = await run([file, '--out', path.join(dir, 'o.xlsx'), '--ranked-group', 'UBND các xã']);
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(text).toContain('Bảng tính có nhiều khối xếp hạng');
    expect(text.indexOf('== Khối phòng ==')).toBeGreaterThan(-1);
    expect(text.indexOf('== Khối xã ==')).toBeGreaterThan(text.indexOf('== Khối phòng =='));
    expect(text).toMatch(/1\/2 +Phòng Y tế/);
    expect(text).toMatch(/2\/2 +Xã An/);
  });
});
