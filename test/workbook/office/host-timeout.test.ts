/**
 * A host that stops answering (issue 14, item 6; office-js issues 4805, 6678: `context.sync()`
 * never resolves on Excel on the web): every wait for Excel is limited, and a run that waits
 * longer fails with WorkbookError('timeout'), which the pane words as its own failure kind.
 */
import { createFakeExcel } from '../../../src/office-fake';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { withHostTimeout } from '../../../src/workbook/office/host-timeout';
import { WorkbookError } from '../../../src/workbook/port';
import { failureFrom, failureText } from '../../../src/taskpane/errors';
import { uiStrings } from '../../../src/i18n/ui';

const SHEET = 'Chấm điểm';
const LIMIT_MS = 40;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function seeded(syncTimeoutMs = LIMIT_MS) {
  const fake = createFakeExcel();
  fake.seed({ name: SHEET, values: [['STT', 'Tiêu chí', 'Xã A'], ['1', 'Kế hoạch', 2]] });
  const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported, syncTimeoutMs });
  return { fake, port };
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(() => undefined, (e: unknown) => e);
}

describe('a host that does not answer', () => {
  test('readSheet fails with a timeout once a sync waits past the limit; the pane says so', async () => {
    const { fake, port } = seeded();
    fake.setUnresponsive(true);
    const started = Date.now();
    const error = await rejection(port.readSheet(SHEET));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code: 'timeout' });
    const failure = failureFrom(error);
    expect(failure.kind).toBe('timeout');
    expect(failureText(uiStrings('vi'), 'vi', failure)).toEqual({
      title: 'Excel không phản hồi',
      action: expect.stringMatching(/đợi một lát rồi bấm lại.*tải lại trang/s),
    });
    expect(failureText(uiStrings('en'), 'en', failure).title).toBe('Excel did not answer');
    fake.setUnresponsive(false);
  });

  test('every operation of the port is limited: listing, selecting, writing', async () => {
    const { fake, port } = seeded();
    fake.setUnresponsive(true);
    await expect(port.listSheets()).rejects.toMatchObject({ code: 'timeout' });
    await expect(port.select(SHEET, 'B2')).rejects.toMatchObject({ code: 'timeout' });
    await expect(port.applyPlan({ sheets: [] } as never)).rejects.toMatchObject({ code: 'timeout' });
    fake.setUnresponsive(false);
  });

  test('a slow host that answers each sync within the limit is waited for, however long the whole run', async () => {
    const slow = createFakeExcel();
    slow.seed({ name: SHEET, values: [[1]] });
    const run = withHostTimeout(slow.run, LIMIT_MS);
    const values = await run(async (context) => {
      const seen: unknown[] = [];
      for (let i = 0; i < 4; i++) {
        slow.setUnresponsive(true);
        setTimeout(() => slow.setUnresponsive(false), LIMIT_MS / 2);
        const r = context.workbook.worksheets.getItem(SHEET).getRange('A1').load('values');
        await context.sync();
        seen.push(r.values[0][0]);
      }
      return seen;
    });
    expect(values).toEqual([1, 1, 1, 1]);
  });

  test('an answer that comes after the limit writes nothing more of that run', async () => {
    const fake = createFakeExcel();
    fake.seed({ name: SHEET, values: [[1]] });
    const run = withHostTimeout(fake.run, LIMIT_MS);
    fake.setUnresponsive(true);
    const running = run(async (context) => {
      const ws = context.workbook.worksheets.getItem(SHEET);
      ws.getRange('B1').values = [['first']];
      await context.sync();
      ws.getRange('C1').values = [['second']];
      await context.sync();
    });
    await expect(running).rejects.toMatchObject({ code: 'timeout' });
    fake.setUnresponsive(false);
    await wait(LIMIT_MS);
    // The sync Excel had already been sent is applied when it comes back; nothing after it is.
    expect(fake.cell(SHEET, 'B1').value).toBe('first');
    expect(fake.cell(SHEET, 'C1').value).toBe('');
  });

  test('Excel.run that never starts the batch fails too', async () => {
    const never = (() => new Promise<never>(() => undefined)) as Parameters<typeof withHostTimeout>[0];
    await expect(withHostTimeout(never, LIMIT_MS)(async () => 1)).rejects.toMatchObject({ code: 'timeout' });
  });
});
