/**
 * The fake's special cells are found from what a sheet stores, not cell by cell (so a used range
 * reaching row 1,048,576 is answered at once, as Excel does): checked against a cell-by-cell
 * reference on random sheets, and on a used range of the whole sheet.
 */
import { a1Box, type CellBox, type CellValue } from '../../src/engine/grid';
import { createFakeExcel } from '../../src/office-fake';

/** Cell-by-cell reference: runs on each row, stacked where consecutive rows have the same runs. */
function reference(box: CellBox, test: (r: number, c: number) => boolean): CellBox[] {
  const out: CellBox[] = [];
  let open = new Map<string, CellBox>();
  for (let r = box.row; r < box.row + box.rows; r++) {
    const next = new Map<string, CellBox>();
    for (let c = box.col; c < box.col + box.cols; ) {
      if (!test(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < box.col + box.cols && test(r, c)) c++;
      const key = `${start}:${c}`;
      const prev = open.get(key);
      if (prev && prev.row + prev.rows === r) {
        prev.rows++;
        next.set(key, prev);
      } else {
        const area = { row: r, col: start, rows: 1, cols: c - start };
        out.push(area);
        next.set(key, area);
      }
    }
    open = next;
  }
  return out;
}

interface Sheet {
  values: CellValue[][];
  formulas: (string | null)[][];
  errors: boolean[][];
  hiddenRows: number[];
  hiddenCols: number[];
}

const ROWS = 12;
const COLS = 10;

function randomSheet(seed: number): Sheet {
  let x = seed;
  const rand = (n: number): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  const grid = <T,>(v: T): T[][] => Array.from({ length: ROWS }, () => new Array<T>(COLS).fill(v));
  const sheet: Sheet = { values: grid<CellValue>(''), formulas: grid<string | null>(null), errors: grid(false), hiddenRows: [], hiddenCols: [] };
  for (let i = 0; i < 60; i++) {
    const r = rand(ROWS);
    const c = rand(COLS);
    const kind = rand(4);
    sheet.formulas[r][c] = null;
    sheet.errors[r][c] = false;
    if (kind === 0) {
      sheet.formulas[r][c] = '=1';
      sheet.values[r][c] = 1;
    } else if (kind === 1) {
      sheet.values[r][c] = '#N/A';
      sheet.errors[r][c] = true;
      if (rand(2) === 0) sheet.formulas[r][c] = '=NA()';
    } else if (kind === 2) sheet.values[r][c] = 'text';
    else sheet.values[r][c] = rand(100);
  }
  for (let i = 0; i < 3; i++) sheet.hiddenRows.push(rand(ROWS));
  for (let i = 0; i < 2; i++) sheet.hiddenCols.push(rand(COLS));
  return sheet;
}

type Query = [string, string | undefined];

/** The fake's answer to getSpecialCellsOrNullObject over `box`, as areas' A1 addresses. */
async function answers(sheet: Sheet, box: CellBox, queries: Query[]): Promise<(string | null)[]> {
  const fake = createFakeExcel();
  fake.seed({ name: 'S', ...sheet });
  return fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem('S').getRangeByIndexes(box.row, box.col, box.rows, box.cols);
    const areas = queries.map(([type, valueType]) =>
      (valueType === undefined
        ? range.getSpecialCellsOrNullObject(type as Excel.SpecialCellType)
        : range.getSpecialCellsOrNullObject(type as Excel.SpecialCellType, valueType as Excel.SpecialCellValueType)
      ).load('address'),
    );
    await context.sync();
    return areas.map((a) => (a.isNullObject ? null : a.address));
  });
}

function addresses(boxes: CellBox[]): string | null {
  return boxes.length ? boxes.map((b) => `S!${a1Box(b)}`).join(',') : null;
}

test.each(Array.from({ length: 25 }, (_, i) => i + 1))('random sheet %i: the same areas as cell by cell', async (seed) => {
  const sheet = randomSheet(seed);
  const isFormula = (r: number, c: number): boolean => sheet.formulas[r]?.[c] != null;
  const filled = (r: number, c: number): boolean => (sheet.values[r]?.[c] ?? '') !== '';
  const isError = (r: number, c: number): boolean => sheet.errors[r]?.[c] === true;
  const shown = (r: number, c: number): boolean => !sheet.hiddenRows.includes(r) && !sheet.hiddenCols.includes(c);
  const queries: [Query, (r: number, c: number) => boolean][] = [
    [['Formulas', undefined], isFormula],
    [['Formulas', 'Errors'], (r, c) => isFormula(r, c) && isError(r, c)],
    [['Constants', undefined], (r, c) => !isFormula(r, c) && filled(r, c)],
    [['Constants', 'Errors'], (r, c) => !isFormula(r, c) && filled(r, c) && isError(r, c)],
    [['Visible', undefined], shown],
    [['Blanks', undefined], (r, c) => !isFormula(r, c) && !filled(r, c)],
  ];
  for (const box of [{ row: 0, col: 0, rows: ROWS + 3, cols: COLS + 2 }, { row: 2, col: 3, rows: 7, cols: 5 }]) {
    const got = await answers(sheet, box, queries.map(([q]) => q));
    expect(got).toEqual(queries.map(([, test]) => addresses(reference(box, test))));
  }
});

test('the whole sheet as the range: answered from the stored cells', async () => {
  const fake = createFakeExcel();
  fake.seed({ name: 'S', values: [['a']], hiddenRows: [5] });
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem('S').getRange('XFD1048576').values = [['z']];
    await context.sync();
  });
  const started = Date.now();
  const [constants, visible] = await fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem('S').getRange();
    const c = range.getSpecialCellsOrNullObject('Constants').load('address');
    const v = range.getSpecialCellsOrNullObject('Visible').load('address');
    await context.sync();
    return [c.address, v.address];
  });
  expect(constants).toBe('S!A1,S!XFD1048576');
  expect(visible).toBe('S!A1:XFD5,S!A7:XFD1048576');
  expect(Date.now() - started).toBeLessThan(2000);
});
