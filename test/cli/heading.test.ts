/**
 * The command line says which appendix heading it writes (issue 15, item 3): filled from the
 * scoring sheet's title rows when the flags leave it empty, with a warning for what stays as dots.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';

const SAMPLE = path.join(__dirname, '../../samples/thanh-tri-2021.xlsx');

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-cli-heading-')); });
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

async function run(...flags: string[]): Promise<string[]> {
  const out: string[] = [];
  const code = await runCli([SAMPLE, '--out', path.join(dir, 'o.xlsx'), ...flags], { out: (t) => out.push(t), err: (t) => out.push(t) });
  expect(code).toBe(0);
  return out;
}

it('no decision flags: the heading from the title rows (with their cells), a warning for the number and date', async () => {
  const out = await run();
  expect(out).toContain('Tiêu đề phụ lục: PHỤ LỤC · KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021 CỦA UBND CÁC XÃ, THỊ TRẤN'
    + ' · (Kèm theo Quyết định số ..../QĐ-UBND ngày .... của UBND HUYỆN THANH TRÌ)');
  expect(out).toContain('Lấy từ tiêu đề của bảng chấm điểm: cơ quan ban hành "UBND HUYỆN THANH TRÌ" (A1); năm đánh giá "2021" (A2);'
    + ' khối được xếp hạng "UBND CÁC XÃ, THỊ TRẤN" (A2)');
  expect(out.find((l) => l.startsWith('Cảnh báo: tiêu đề phụ lục'))).toContain('số quyết định, ngày quyết định; điền bằng --decision-number, --decision-date');
});

it('every detail given: the flags win, nothing is taken from the title rows, no warning', async () => {
  const out = await run('--lang', 'en', '--issuing-body', 'UBND huyện Mẫu', '--year', '2022', '--ranked-group', 'các xã',
    '--decision-number', '5/QĐ-UBND', '--decision-date', '02/02/2023');
  expect(out).toContain('Appendix heading: APPENDIX · ADMINISTRATIVE REFORM INDEX RESULTS 2022 OF CÁC XÃ · (Attached to Decision No. 5/QĐ-UBND dated 02/02/2023 of UBND huyện Mẫu)');
  expect(out.filter((l) => l.startsWith('Taken from') || l.startsWith('Warning: the appendix heading'))).toEqual([]);
});
