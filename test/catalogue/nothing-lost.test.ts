/**
 * Nothing lost, on the command line: the output is written to a temporary file and renamed into
 * place, so a failure while writing leaves no output, no temporary file and an earlier output
 * intact; a sheet the user made is never removed or changed, even when it has the name of a
 * result sheet (a free name is picked and reported); the input is never written.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-lost-')); });
/** The module object the adapter's `node:fs/promises` imports resolve to, so spies reach them. */
const fsp = fs.promises;
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { streams: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const SCORES: ExcelJS.CellValue[][] = [
  ['UBND HUYỆN MẪU'],
  [],
  ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An', 'Xã Bình'],
  ['I', 'Chỉ đạo điều hành', 4, null, null],
  ['1.1', 'Kế hoạch', 2, 2, 1.5],
  ['1.2', 'Báo cáo', 2, 1, 2],
  [null, 'Tổng cộng', 4, 3, 3.5],
];

/** A workbook with the scoring sheet and, optionally, sheets of the user's own. */
async function makeInput(file: string, userSheets: Record<string, ExcelJS.CellValue[][]> = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Chấm điểm').addRows(SCORES);
  for (const [name, rows] of Object.entries(userSheets)) wb.addWorksheet(name).addRows(rows);
  await wb.xlsx.writeFile(file);
}

async function readSheets(file: string): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return new Map(wb.worksheets.map((ws) => [ws.name, ws.getSheetValues()]));
}

const leftovers = (): string[] => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('writing the output', () => {
  it('a failure half way through writing the temporary file leaves no output and no temporary file', async () => {
    const input = path.join(dir, 'in.xlsx');
    await makeInput(input);
    const before = fs.readFileSync(input);
    const realOpen = fsp.open;
    let partial = 0;
    // The disk fills up half way: part of the file is written, then the write fails.
    jest.spyOn(fsp, 'open').mockImplementation(async (file, flags, mode) => {
      const handle = await realOpen(file, flags, mode);
      if (String(file).endsWith('.tmp')) {
        const write = handle.writeFile.bind(handle);
        handle.writeFile = async (data: string | Uint8Array) => {
          await write(typeof data === 'string' ? data : data.subarray(0, data.length >> 1));
          partial = fs.statSync(String(file)).size;
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        };
      }
      return handle;
    });
    const run = capture();
    expect(await runCli([input], run.streams)).toBe(2);
    expect(run.err.join('\n')).toMatch(/Không ghi được .*in-xep-hang\.xlsx: ổ đĩa đã đầy\./);
    expect(partial).toBeGreaterThan(1000); // a half-written temporary file existed, and is gone
    expect(fs.readdirSync(dir)).toEqual(['in.xlsx']);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('a failure when renaming into place keeps the earlier output as it was', async () => {
    const input = path.join(dir, 'in.xlsx');
    const output = path.join(dir, 'in-xep-hang.xlsx');
    await makeInput(input);
    expect(await runCli([input], capture().streams)).toBe(0);
    const earlier = fs.readFileSync(output);
    jest.spyOn(fsp, 'rename').mockRejectedValue(Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' }));
    expect(await runCli([input], capture().streams)).toBe(2);
    expect(fs.readFileSync(output).equals(earlier)).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('an output folder that does not exist: exit 2, nothing created anywhere', async () => {
    const input = path.join(dir, 'in.xlsx');
    await makeInput(input);
    const run = capture();
    expect(await runCli([input, '--out', path.join(dir, 'missing', 'out.xlsx')], run.streams)).toBe(2);
    expect(fs.readdirSync(dir)).toEqual(['in.xlsx']);
  });

  it('the output is only ever renamed into place from a new temporary file; the input is never opened for writing', async () => {
    const input = path.join(dir, 'in.xlsx');
    await makeInput(input);
    const opens = jest.spyOn(fsp, 'open');
    const renames = jest.spyOn(fsp, 'rename');
    const syncWrites = jest.spyOn(fs, 'writeFileSync');
    expect(await runCli([input], capture().streams)).toBe(0);
    const output = path.join(dir, 'in-xep-hang.xlsx');
    expect(opens.mock.calls).toEqual([[expect.stringMatching(/^.*\/\.in-xep-hang\.xlsx\..*\.tmp$/), 'wx']]);
    expect(renames.mock.calls).toEqual([[opens.mock.calls[0][0], output]]);
    expect(syncWrites).not.toHaveBeenCalled();
  });
});

describe("the user's sheets", () => {
  it('a sheet of the user with the name of a result sheet is kept as it is; the result gets a free name, said on the terminal', async () => {
    const input = path.join(dir, 'in.xlsx');
    const mine = [['Bảng của tôi, không được xoá'], ['Xã An', 1], ['=SUM(1,2)', 'văn bản']];
    await makeInput(input, { 'Xếp hạng chung': mine, 'Ghi chép': [['ghi chú riêng']] });
    const before = await readSheets(input);
    const run = capture();
    expect(await runCli([input], run.streams)).toBe(0);
    const after = await readSheets(path.join(dir, 'in-xep-hang.xlsx'));
    for (const [name, values] of before) expect({ name, values: after.get(name) }).toEqual({ name, values });
    const renamed = [...after.keys()].find((n) => n !== 'Xếp hạng chung' && n.startsWith('Xếp hạng chung'));
    expect(renamed).toBeDefined();
    expect(run.out.join('\n')).toContain(`"${renamed}"`);

    // Scored again from that output: the user's sheet is still kept, our renamed sheet replaced, not duplicated.
    const second = path.join(dir, 'second.xlsx');
    expect(await runCli([path.join(dir, 'in-xep-hang.xlsx'), '--out', second], capture().streams)).toBe(0);
    const again = await readSheets(second);
    expect([...again.keys()]).toEqual([...after.keys()]);
    expect(again.get('Xếp hạng chung')).toEqual(before.get('Xếp hạng chung'));
  });
});
