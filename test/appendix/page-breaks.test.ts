/**
 * Printed pages (appendix issue, item 8): manual page breaks keep a unit's block of lines (per-unit
 * sheet), a unit's rows (self vs appraisal sheet) and the bar chart (statistics) on one page.
 */
import { buildWritePlan } from '../../src/appendix';
import { pageBreaksFor, printableHeight, rowsOnPage } from '../../src/appendix/pages';
import { printSettings } from '../../src/appendix/styles';
import type { SheetPlan } from '../../src/appendix/types';
import { makeResult, type FixtureUnit } from './fixture';
import { cell, sheetByKey } from './read-plan';

const COMPONENTS = [
  { code: 'I', name: 'Công tác chỉ đạo, điều hành cải cách hành chính', max: 15 },
  { code: 'II', name: 'Cải cách thể chế', max: 5 },
  { code: 'III', name: 'Cải cách thủ tục hành chính', max: 18.5 },
  { code: 'IV', name: 'Cải cách tổ chức bộ máy', max: 6 },
  { code: 'V', name: 'Cải cách chế độ công vụ', max: 11 },
  { code: 'VI', name: 'Cải cách tài chính công', max: 44.5 },
];

/** `count` communes, scores varying so that some components are weak and ranks differ. */
function communes(count: number, withSelf = false) {
  const units: FixtureUnit[] = [];
  for (let i = 0; i < count; i++) {
    const scores = COMPONENTS.map((c, k) => Math.round(c.max * (0.55 + ((i * 7 + k * 3) % 45) / 100) * 4) / 4);
    const unit: FixtureUnit = { name: `Xã Số ${String(i + 1).padStart(3, '0')}`, scores };
    if (withSelf) unit.self = scores.map((s, k) => Math.min(COMPONENTS[k].max, s + 0.5));
    units.push(unit);
  }
  return makeResult({ components: COMPONENTS, units });
}

/** [first, last] rows of each unit's block on the per-unit sheet: its number+name row to its last line. */
function unitBlocks(sheet: SheetPlan): [number, number][] {
  const blocks: [number, number][] = [];
  for (let r = 0; r < 10_000; r++) {
    if (typeof cell(sheet, r, 0) !== 'number') continue;
    let last = r + 1;
    while (typeof cell(sheet, last + 1, 1) === 'string') last++;
    blocks.push([r, last]);
  }
  return blocks;
}

describe('page breaks of the per-unit results sheet', () => {
  const sheet = sheetByKey(buildWritePlan(communes(60)), 'units');
  const blocks = unitBlocks(sheet);
  const breaks = sheet.pageBreaks ?? [];

  test('60 units need several pages: breaks are set, ascending, none before the first row', () => {
    expect(blocks).toHaveLength(60);
    expect(breaks.length).toBeGreaterThan(10);
    expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
    expect(breaks[0]).toBeGreaterThan(0);
  });

  test('every break is exactly before a unit block, never inside one', () => {
    const starts = new Set(blocks.map(([first]) => first));
    for (const row of breaks) expect(starts.has(row)).toBe(true);
    for (const row of breaks) expect(blocks.some(([first, last]) => row > first && row <= last)).toBe(false);
  });

  test('each page holds what an A4 page holds: a unit at least on the first (under the appendix heading), two on the others', () => {
    const perPage = [breaks[0], ...breaks.slice(1).map((b, i) => b - breaks[i])];
    const unitRows = blocks[0][1] - blocks[0][0] + 1;
    expect(breaks[0]).toBeGreaterThan(blocks[0][1]);
    expect(Math.min(...perPage.slice(1))).toBeGreaterThanOrEqual(2 * unitRows);
    expect(Math.max(...perPage)).toBeLessThanOrEqual(rowsOnPage(sheet.print!) + 1);
  });

  test('a short sheet that fits on one page has no break', () => {
    expect(sheetByKey(buildWritePlan(communes(1)), 'units').pageBreaks).toBeUndefined();
  });
});

describe('page breaks of the self vs appraisal sheet', () => {
  test("breaks fall between units' rows, never inside a unit's merged rows", () => {
    const sheet = sheetByKey(buildWritePlan(communes(30, true)), 'self');
    const breaks = sheet.pageBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(3);
    const unitSpans = sheet.merges.filter((m) => m.col === 0 && m.rows > 1);
    expect(unitSpans).toHaveLength(30);
    for (const row of breaks) expect(unitSpans.some((m) => row > m.row && row < m.row + m.rows)).toBe(false);
  });
});

describe('page breaks of the statistics sheet', () => {
  for (const count of [8, 25, 60]) {
    test(`${count} units: the chart is on one page, no break inside its anchor rows`, () => {
      const sheet = sheetByKey(buildWritePlan(communes(count)), 'statistics');
      const [chart] = sheet.charts ?? [];
      const { row, rows } = chart.anchor;
      expect(rows).toBeLessThanOrEqual(rowsOnPage(printSettings('')));
      for (const b of sheet.pageBreaks ?? []) expect(b > row && b < row + rows).toBe(false);
    });
  }

  test('the chart is not cut when the rows above it fill most of a page: a break goes before it', () => {
    const sheet = sheetByKey(buildWritePlan(communes(25)), 'statistics');
    const { row } = sheet.charts![0].anchor;
    expect(sheet.pageBreaks).toContain(row);
  });
});

describe('pageBreaksFor', () => {
  const page = 100;
  const ten = () => 10;

  test('a block that would not fit on the rest of the page starts the next one', () => {
    // Rows 0-7 fill 80 points; the block 8-10 (30 points) does not fit: break before row 8.
    expect(pageBreaksFor(12, ten, page, [{ row: 8, rows: 3 }])).toEqual([8]);
  });

  test('rows between blocks break where the page is full, and the header repeats', () => {
    // Header rows 0-1 (20 points) repeat: later pages hold 8 own rows.
    expect(pageBreaksFor(29, ten, page, [], { first: 0, last: 1 })).toEqual([10, 18, 26]);
  });

  test('a block taller than a page starts a page and is cut where it must be', () => {
    expect(pageBreaksFor(24, ten, page, [{ row: 5, rows: 15 }])).toEqual([5, 15]);
  });

  test('the page height shrinks with margins and grows as fit-to-width scales a wide sheet down', () => {
    const print = printSettings('');
    expect(printableHeight(print, 100)).toBeLessThan((595.28 - 1.2 * 72));
    expect(printableHeight(print, 300)).toBeGreaterThan(printableHeight(print, 100));
  });
});
