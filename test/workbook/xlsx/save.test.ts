/** Saving never damages a file: no write over the input, no half-written output. */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { openXlsx, OutputIsInputError, samePath, saveXlsxAtomic, writeFileAtomic, XlsxWorkbook } from '../../../src/workbook/xlsx';
import { makeTempDir, reopen, THANH_TRI } from './helpers';
import { rankingSheet, UNITS } from './plans';

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

function copyOfSample(name: string): string {
  const path = join(tmp.dir, name);
  copyFileSync(THANH_TRI, path);
  return path;
}

describe('the output is never the input', () => {
  test.each([
    ['the same path', (input: string) => input],
    ['a relative path with ./ and ..', () => `${relative(process.cwd(), tmp.dir)}/sub/.././/input-a.xlsx`],
  ])('%s is refused, the input is byte-identical', async (_label, outOf: (input: string) => string) => {
    const input = copyOfSample('input-a.xlsx');
    const before = sha(input);
    const wb = await openXlsx(input);
    await wb.applyPlan({ sheets: [rankingSheet(UNITS)] });
    const attempt = saveXlsxAtomic(wb, outOf(input));
    await expect(attempt).rejects.toBeInstanceOf(OutputIsInputError);
    await expect(attempt).rejects.toMatchObject({ name: 'OutputIsInputError', code: 'write-failed' });
    expect(sha(input)).toBe(before);
  });

  test('a symbolic link to the input is refused', async () => {
    const input = copyOfSample('input-b.xlsx');
    const link = join(tmp.dir, 'link-to-input.xlsx');
    symlinkSync(input, link);
    const wb = await openXlsx(input);
    await expect(saveXlsxAtomic(wb, link)).rejects.toBeInstanceOf(OutputIsInputError);
    expect(sha(input)).toBe(sha(THANH_TRI));
  });

  test('a hard link to the input is refused', async () => {
    const input = copyOfSample('input-c.xlsx');
    const hard = join(tmp.dir, 'hard-link.xlsx');
    linkSync(input, hard);
    const wb = await openXlsx(hard);
    await expect(saveXlsxAtomic(wb, input)).rejects.toBeInstanceOf(OutputIsInputError);
  });

  test('samePath tells different files apart', async () => {
    await expect(samePath(join(tmp.dir, 'a.xlsx'), join(tmp.dir, 'b.xlsx'))).resolves.toBe(false);
    await expect(samePath(join(tmp.dir, 'a.xlsx'), join(tmp.dir, '.', 'a.xlsx'))).resolves.toBe(true);
  });
});

describe('atomic save', () => {
  test('the output appears complete, the input is byte-identical, no temporary file is left', async () => {
    const input = copyOfSample('input-d.xlsx');
    const out = join(tmp.dir, 'out-d.xlsx');
    const wb = await openXlsx(input);
    await wb.applyPlan({ sheets: [rankingSheet(UNITS)] });
    await saveXlsxAtomic(wb, out);
    expect(sha(input)).toBe(sha(THANH_TRI));
    expect((await reopen(out)).worksheets.map((s) => s.name)).toEqual(['Bảng chấm điểm', 'Xếp hạng chung']);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('an existing output is replaced whole', async () => {
    const out = join(tmp.dir, 'out-e.xlsx');
    writeFileSync(out, 'old contents');
    const wb = XlsxWorkbook.fromGrid({ sheetName: 'Nguồn', values: [[1]] });
    await saveXlsxAtomic(wb, out);
    expect((await reopen(out)).worksheets.map((s) => s.name)).toEqual(['Nguồn']);
  });

  test('when building the file throws, nothing is written at the output path', async () => {
    const out = join(tmp.dir, 'never.xlsx');
    const wb = XlsxWorkbook.fromGrid({ sheetName: 'Nguồn', values: [[1]] });
    jest.spyOn(wb.workbook.xlsx, 'writeBuffer').mockRejectedValueOnce(new Error('disk full (simulated)'));
    await expect(saveXlsxAtomic(wb, out)).rejects.toMatchObject({ name: 'WorkbookError', code: 'write-failed' });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp.dir).filter((f) => f.includes('never'))).toEqual([]);
  });

  test('when the folder does not exist, nothing is written and the error is typed', async () => {
    const out = join(tmp.dir, 'missing-folder', 'x.xlsx');
    await expect(writeFileAtomic(out, new Uint8Array([1, 2, 3]))).rejects.toMatchObject({
      name: 'WorkbookError',
      code: 'write-failed',
      cause: expect.objectContaining({ code: 'ENOENT' }),
    });
    expect(existsSync(out)).toBe(false);
  });

  test('when writing the bytes fails midway, the temporary file is removed and the old output kept', async () => {
    const out = join(tmp.dir, 'kept.xlsx');
    writeFileSync(out, 'previous result');
    // A data source that fails after the file was opened: writeFile throws on a detached buffer.
    const bad = new Uint8Array(new ArrayBuffer(8));
    structuredClone(bad.buffer, { transfer: [bad.buffer] });
    await expect(writeFileAtomic(out, bad)).rejects.toMatchObject({ code: 'write-failed' });
    expect(readFileSync(out, 'utf8')).toBe('previous result');
    expect(readdirSync(tmp.dir).filter((f) => f.startsWith('.kept.xlsx'))).toEqual([]);
  });
});
