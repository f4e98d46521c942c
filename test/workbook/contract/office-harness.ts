/** The port contract's harness for the Office.js adapter on the strict fake. */
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from '../../../src/office-fake';
import { OfficeWorkbook, pointsToChars } from '../../../src/workbook/office';
import type { OpenHarness, PortHarness, SeedSpec } from './port-contract';

function harness(fake: FakeExcel): PortHarness {
  const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  return {
    port,
    sheetNames: async () => fake.sheetNames(),
    cell: async (sheet, row, col) => {
      const info = fake.cell(sheet, `${columnName(col)}${row + 1}`);
      return { value: info.value, formula: info.formula !== undefined };
    },
    merges: async (sheet) => fake.sheet(sheet).merges.map((m) => ({ ...m })),
    columnWidth: async (sheet, col) => {
      const points = fake.sheet(sheet).columnWidths.get(col);
      return points === undefined ? undefined : pointsToChars(points);
    },
    fingerprint: async (sheet) => fake.snapshot(sheet),
    addUserSheet: async (spec: SeedSpec) => {
      fake.seed(spec);
    },
    reopen: async () => harness(fake),
    syncs: () => fake.syncs.length,
  };
}

function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function officeHarness(options: FakeExcelOptions = {}): OpenHarness {
  return async (seed) => {
    const fake = createFakeExcel(options);
    seed.forEach((s) => fake.seed(s));
    return harness(fake);
  };
}
