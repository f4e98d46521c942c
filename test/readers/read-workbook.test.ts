/** The whole workbook: which reader fits which sheet, ranking groups, a stated layout, the one finding when nothing fits. */
import { toJsonResult } from '../../src/engine/json';
import { toModelJson } from '../../src/engine/json-groups';
import { scoreModel } from '../../src/engine/score-model';
import { scoreSheet } from '../../src/engine/score';
import { formatFinding } from '../../src/i18n/findings';
import { readWorkbook, type SheetInput } from '../../src/readers';
import { edit, grid, standardSheet } from '../helpers/grid';
import type { CellValue } from '../../src/engine/grid';

const sheet = (name: string, rows: CellValue[][]): SheetInput => ({ name, grid: grid(rows, name) });
const standard = (name: string, units = ['Xã An', 'Xã Bình', 'Xã Cường']): SheetInput => {
  const values = standardSheet().values.map((row) => [...row]);
  values[2] = ['STT', 'Nội dung', 'Điểm tối đa', ...units, 'Ghi chú'];
  return sheet(name, values);
};
const phong = (name: string): SheetInput => sheet(name, [
  ['STT', 'Nội dung', 'Điểm tối đa', 'Phòng Nội vụ', 'Phòng Tư pháp'],
  ['I', 'Chỉ đạo', 4, 3.5, 4],
  ['1.1', 'Kế hoạch', 4, 3.5, 4],
  ['', 'Tổng cộng', 4, 3.5, 4],
]);
const model = (sheets: SheetInput[], ...rest: Parameters<typeof readWorkbook> extends [unknown, ...infer R] ? R : never) => {
  const read = readWorkbook(sheets, ...rest);
  if (!read.ok) throw new Error(read.findings.map((f) => f.rule).join());
  return read.model;
};

describe('the standard layout', () => {
  it('is read as it is: the group\'s grid is the sheet\'s own, no map, no copy', () => {
    const input = standard('Chấm điểm');
    const m = model([input]);
    expect(m.groups).toEqual([{ name: 'Chấm điểm', sheets: ['Chấm điểm'], grid: input.grid }]);
    expect(m.groups[0].grid).toBe(input.grid);
    expect(m.layouts).toEqual([{ kind: 'criteria-as-rows', sheets: ['Chấm điểm'], headerRow: 2, units: 3, components: 2 }]);
  });
  it('scores as scoreSheet does, and its JSON is the single sheet\'s with one `groups` entry and each unit\'s group', () => {
    const input = standard('Chấm điểm');
    const out = scoreModel(model([input]));
    const alone = scoreSheet(input.grid);
    expect(out.findings).toEqual(alone.findings);
    const json = toModelJson(out, 'dense', 'vi', formatFinding);
    const { groups, units, ...rest } = json;
    const single = toJsonResult(alone, 'Chấm điểm', 'dense', 'vi', formatFinding);
    expect(rest).toEqual({ ...single, units: undefined });
    expect(units.map((u) => u.group)).toEqual(['Chấm điểm', 'Chấm điểm', 'Chấm điểm']);
    expect(units.map(({ group: _g, ...u }) => u)).toEqual(single.units);
    expect(groups).toEqual([{ name: 'Chấm điểm', sheets: ['Chấm điểm'], units: 3, maxTotal: 10, ranking: 'dense' }]);
  });
});

describe('ranking groups', () => {
  it('two scoring sheets with their own units are two groups, named by their sheets, ranked apart', () => {
    const m = model([phong('Khối phòng'), standard('Khối xã')]);
    expect(m.groups.map((g) => [g.name, g.sheets])).toEqual([['Khối phòng', ['Khối phòng']], ['Khối xã', ['Khối xã']]]);
    const json = toModelJson(scoreModel(m), 'dense', 'vi', formatFinding);
    expect(json.units.map((u) => [u.name, u.group, u.rank])).toEqual([
      ['Phòng Nội vụ', 'Khối phòng', 2], ['Phòng Tư pháp', 'Khối phòng', 1],
      ['Xã An', 'Khối xã', 2], ['Xã Bình', 'Khối xã', 3], ['Xã Cường', 'Khối xã', 1],
    ]);
    expect(json.groups).toEqual([
      { name: 'Khối phòng', sheets: ['Khối phòng'], units: 2, maxTotal: 4, ranking: 'dense' },
      { name: 'Khối xã', sheets: ['Khối xã'], units: 3, maxTotal: 10, ranking: 'dense' },
    ]);
  });
  it('two sheets with the same units (two years) are not two groups: the first is scored, the other left out', () => {
    const m = model([standard('2023'), standard('2022')]);
    expect(m.groups.map((g) => g.name)).toEqual(['2023']);
    expect(m.leftOut).toEqual([{ sheet: '2022', reason: 'same-units', sameAs: '2023' }]);
  });
  it('a criteria guide (no unit column) is no group', () => {
    const guide = sheet('Hướng dẫn', [['TT', 'Tiêu chí', 'Điểm tối đa', 'Tài liệu kiểm chứng'], ['I', 'Chỉ đạo', 6, 'Kế hoạch']]);
    expect(model([guide, standard('Chấm điểm')]).groups.map((g) => g.name)).toEqual(['Chấm điểm']);
  });
  it('findings of all groups come in sheet order, each at its own sheet\'s cell', () => {
    const bad = { name: 'Khối phòng', grid: edit(phong('Khối phòng').grid, { D3: 5 }) };
    const out = scoreModel(model([bad, standard('Khối xã')]));
    expect(out.ok).toBe(false);
    expect(out.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual(['score-above-max@Khối phòng!D3']);
  });
});

describe('nothing fits', () => {
  it('one finding says what was looked for and how to state the layout', () => {
    const read = readWorkbook([sheet('Ghi chú', [['Danh sách'], ['Xã An']]), sheet('Trống', [])]);
    expect(read).toEqual({ ok: false, findings: [{
      rule: 'no-layout', severity: 'error', sheet: 'Ghi chú', row: 0, col: 0, cell: 'A1', data: { sheets: 2, stated: null },
    }] });
    if (read.ok) return;
    expect(formatFinding(read.findings[0], 'vi')).toMatch(/^Không nhận ra bảng chấm điểm nào trong 2 sheet\. Đã tìm: tiêu chí theo hàng .* Hãy khai báo bố cục/);
    expect(formatFinding(read.findings[0], 'en')).toMatch(/^No scoring table found in 2 sheet\(s\)\. Looked for: criteria as rows/);
  });
  it('a sheet with a header but no complete layout is still read, so the engine says what it lacks', () => {
    const broken = sheet('Chấm điểm', [['STT', 'Nội dung', 'Trọng số', 'Xã An'], ['I', 'Chỉ đạo', 2, 1]]);
    const out = scoreModel(model([broken]));
    expect(out.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(['no-max-column@A1']);
  });
  it('a stated layout that fits no sheet says which layout was stated', () => {
    const read = readWorkbook([standard('Chấm điểm')], { kind: 'units-as-rows' });
    expect(!read.ok && read.findings.map((f) => f.data)).toEqual([{ sheets: 1, stated: 'units-as-rows' }]);
  });
});

describe('a stated layout: criteria as rows', () => {
  /** A header below row 30 with "Mã" for STT and "Mức điểm" for the max; a "Bình quân" column that is no unit. */
  const late = () => {
    const rows: CellValue[][] = Array.from({ length: 34 }, () => []);
    rows.push(['Mã', 'Nội dung', 'Mức điểm', 'Xã An', 'Xã Bình', 'Bình quân huyện']);
    rows.push(['I', 'Chỉ đạo', 4, 3, 5, 4]);
    rows.push(['1.1', 'Kế hoạch', 4, 3, 5, 4]);
    return sheet('Chấm điểm', rows);
  };
  it('is read from the stated header row, with the stated code, max and unit columns', () => {
    expect(readWorkbook([late()]).ok).toBe(false);
    const m = model([late()], { kind: 'criteria-as-rows', headerRow: 34, codeColumn: 0, maxColumn: 2, unitColumns: [3, 4] });
    expect(m.layouts).toEqual([{ kind: 'criteria-as-rows', sheets: ['Chấm điểm'], headerRow: 34, units: 2, components: 1 }]);
    const out = scoreModel(m);
    // Xã Bình's 5 of 4 is named at its own cells, 35 rows down.
    expect(out.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual(['score-above-max@Chấm điểm!E36', 'score-above-max@Chấm điểm!E37']);
  });
  it('ranks the self-assessment when so stated', () => {
    const rows: CellValue[][] = [
      ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An', ''],
      ['', '', '', 'Tự đánh giá', 'Thẩm định'],
      ['I', 'Chỉ đạo', 4, 4, 3],
    ];
    const out = scoreModel(model([sheet('S', rows)], { kind: 'criteria-as-rows', rankedScore: 'self' }));
    expect(out.groups[0].outcome.ok && out.groups[0].outcome.result.units.map((u) => u.total)).toEqual([4]);
  });
});

describe('one sheet per unit in a workbook', () => {
  const formOf = (title: string, appraised: number): CellValue[][] => [
    [title],
    ['STT', 'Tiêu chí', 'Điểm tối đa', 'Tự chấm', 'Thẩm định'],
    ['I', 'Chỉ đạo', 2, 2, appraised],
    ['', 'Tổng điểm', 2, 2, appraised],
  ];
  it('forms with the same components are one group with no name; a summary of the same units after them is left out', () => {
    const summary = sheet('Tổng hợp', [['STT', 'Tên đơn vị', 'I. Chỉ đạo'], ['', 'Điểm tối đa', 2], [1, 'Xã An', 1.5], [2, 'Xã Bình', 2]]);
    const m = model([sheet('An', formOf('UBND XÃ AN', 1.5)), sheet('Binh', formOf('UBND XÃ BÌNH', 2)), summary]);
    expect(m.groups.map((g) => [g.name, g.sheets])).toEqual([[null, ['An', 'Binh']]]);
    expect(m.leftOut).toEqual([{ sheet: 'Tổng hợp', reason: 'same-units', sameAs: 'An' }]);
  });
  it('30 one-unit forms are read at once, cheaply', () => {
    const sheets = Array.from({ length: 30 }, (_, i) => sheet(`X${i}`, formOf(`UBND XÃ SỐ ${i + 1}`, (i % 4) / 2)));
    const start = performance.now();
    const m = model(sheets);
    const ms = performance.now() - start;
    expect(m.layouts).toEqual([{ kind: 'sheet-per-unit', sheets: sheets.map((s) => s.name), headerRow: 1, units: 30, components: 1 }]);
    expect(ms).toBeLessThan(250);
  });
});
