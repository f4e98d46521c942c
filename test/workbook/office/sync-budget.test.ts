/**
 * The Office adapter's budgets (issue 6) on the strict fake, whose limits are Excel on the web's
 * (5 MB per request and per response):
 *   - a whole run (read the scoring sheet, write a realistic plan of four sheets) takes at most
 *     4 context.sync() calls at 20 and at 2,000 units, on the first run and on a re-run;
 *   - at 10,000 units no request is over 4 MB (extra syncs are allowed only then).
 * Set SYNC_REPORT=1 to print the measured numbers.
 */
import { buildWritePlan } from '../../../src/appendix';
import { scoreSheet } from '../../../src/engine/score';
import { createFakeExcel, type FakeExcel } from '../../../src/office-fake';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { realisticPlan, scoringGrid, unitNames } from '../contract/fixtures';

const FOUR_MB = 4 * 1024 * 1024;

interface Measure {
  syncs: number;
  /** Syncs the host refused (a response too big for Excel on the web). */
  refused: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  calculationSuspendedOnEveryWrite: boolean;
}

function measure(fake: FakeExcel, from: number): Measure {
  const records = fake.syncs.slice(from);
  const writes = records.filter((r) => r.operations > 20);
  const delivered = records.filter((r) => r.failed === undefined);
  return {
    syncs: records.length,
    refused: records.length - delivered.length,
    maxRequestBytes: Math.max(...records.map((r) => r.requestBytes)),
    maxResponseBytes: Math.max(...delivered.map((r) => r.responseBytes)),
    calculationSuspendedOnEveryWrite: writes.every((r) => r.calculationSuspended),
  };
}

async function fullRun(fake: FakeExcel, units: number, variant: number): Promise<Measure & { readSyncs: number }> {
  const start = fake.syncs.length;
  const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  const grid = await port.readSheet('Chấm điểm 2022');
  const readSyncs = fake.syncs.length - start;
  expect(grid.values[3].length).toBe(3 + units + 1);
  const report = await port.applyPlan(realisticPlan(unitNames(units), variant));
  expect(report.sheets).toHaveLength(4);
  return { ...measure(fake, start), readSyncs };
}

function report(label: string, m: Measure): void {
  if (process.env.SYNC_REPORT) {
    console.log(`${label}: ${m.syncs} syncs (${m.refused} refused), largest request ${m.maxRequestBytes} B, largest response ${m.maxResponseBytes} B`);
  }
}

describe('Office adapter sync budget on the strict fake', () => {
  test.each([20, 2000])('%i units: read + write in at most 4 syncs, first run and re-run', async (units) => {
    const fake = createFakeExcel();
    fake.seedGrid(scoringGrid(units), { active: true });
    const first = await fullRun(fake, units, 0);
    report(`${units} units, first run`, first);
    expect(first.syncs).toBeLessThanOrEqual(4);
    expect(first.readSyncs).toBeLessThanOrEqual(2);
    expect(first.refused).toBe(0);
    expect(first.calculationSuspendedOnEveryWrite).toBe(true);
    const again = await fullRun(fake, units, 1);
    report(`${units} units, re-run`, again);
    expect(again.syncs).toBeLessThanOrEqual(4);
    expect(fake.sheetNames()).toHaveLength(5);
  });

  test.each([20, 2000])("%i units with the engine's own plan: read, score, write in at most 4 syncs, first run and re-run", async (units) => {
    const fake = createFakeExcel();
    fake.seedGrid(scoringGrid(units), { active: true });
    for (const run of ['first run', 're-run']) {
      const start = fake.syncs.length;
      const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
      const outcome = scoreSheet(await port.readSheet('Chấm điểm 2022'));
      if (!outcome.ok) throw new Error(`the fixture does not score: ${JSON.stringify(outcome.findings.slice(0, 2))}`);
      await port.applyPlan(buildWritePlan(outcome.result));
      const m = measure(fake, start);
      report(`${units} units, engine plan, ${run}`, m);
      expect(m.syncs).toBeLessThanOrEqual(4);
      expect(m.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    }
  }, 60_000);

  test('10,000 units: no request over 4 MB; the big sheet is read in pieces sized up front, no sync refused', async () => {
    const fake = createFakeExcel();
    fake.seedGrid(scoringGrid(10_000), { active: true });
    const m = await fullRun(fake, 10_000, 0);
    report('10,000 units, first run', m);
    expect(m.refused).toBe(0);
    expect(m.readSyncs).toBeGreaterThan(1);
    expect(m.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    expect(m.maxResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(m.calculationSuspendedOnEveryWrite).toBe(true);
    expect(fake.cell('Xếp hạng chung', 'B10004').value).toBe(unitNames(10_000)[9999]);
  }, 120_000);

  test('a plan too big for one request is split, and every piece arrives', async () => {
    const fake = createFakeExcel({ maxRequestBytes: 300 * 1024 });
    fake.seed({ name: 'Chấm điểm 2022', values: [['STT']] });
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported, maxRequestBytes: 200 * 1024 });
    const start = fake.syncs.length;
    await port.applyPlan(realisticPlan(unitNames(3000)));
    const m = measure(fake, start);
    expect(m.syncs).toBeGreaterThan(3);
    expect(m.maxRequestBytes).toBeLessThanOrEqual(300 * 1024);
    expect(fake.cell('Điểm theo lĩnh vực', 'B3004').value).toBe(unitNames(3000)[2999]);
    expect(fake.cell('Xếp hạng chung', 'D3004').numberFormat).toBe('0.00');
  });
});
