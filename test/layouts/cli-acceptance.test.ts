/**
 * The acceptance check, through the command line: every workbook of test/fixtures/layouts
 * (figures written by hand) scored with no `--sheet` and no flag but the not-applicable policy;
 * its JSON result must carry every figure of expected.json (groups, units in sheet order with
 * their group, totals, maxima, indexes, ranks and rank levels, component scores and ranks, bonus
 * and deduction), its terminal output the recognised layout of each group, and it must write
 * the result workbook.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';
import type { JsonResult } from '../../src/engine/json';
import { expectFigures, layoutCase, layoutCases, layoutInput } from './expected';

/** The recognised kind of layout as the Vietnamese line starts. */
const KIND_WORDS: Record<string, string> = {
  'criteria-as-rows': 'Tiêu chí theo hàng', 'units-as-rows': 'Đơn vị theo hàng', 'sheet-per-unit': 'Mỗi sheet một đơn vị',
};

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-layouts-')); });
afterAll(() => { fs.rmSync(dir, { recursive: true, force: true }); });

describe.each(layoutCases())('%s', (name) => {
  const expected = layoutCase(name);

  it('the command line scores it with only --not-applicable and matches every figure', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const xlsx = path.join(dir, `${name}.xlsx`);
    const code = await runCli(
      [layoutInput(name), '--not-applicable', expected.notApplicable, '--json', '-', '--out', xlsx],
      { out: (t) => out.push(t), err: (t) => err.push(t) },
    );
    expect(code).toBe(0);
    expectFigures(JSON.parse(out.join('\n')) as JsonResult, expected);

    const recognised = err.filter((l) => l.startsWith('Nhận ra: '));
    const kinds = expected.groups.map((g) => (g.layout ?? expected.layout).kind);
    expect(recognised.map((line) => Object.keys(KIND_WORDS).find((k) => line.startsWith(`Nhận ra: ${KIND_WORDS[k]}`)))).toEqual(kinds);
    expect(fs.existsSync(xlsx)).toBe(true);
  });
});
