/**
 * What the pane says when a write is refused for protection (issue 14, item 5): which sheet, or
 * the workbook, and how to unprotect it, in Vietnamese and in English; the adapter's error as it
 * reaches the pane through the Office adapter on the fake.
 */
import { uiStrings } from '../../src/i18n/ui';
import { createFakeExcel } from '../../src/office-fake';
import { failureFrom, failureText } from '../../src/taskpane/errors';
import { OfficeWorkbook } from '../../src/workbook/office';
import { realisticPlan, unitNames } from '../workbook/contract/fixtures';

async function refusal(protect: 'sheet' | 'workbook'): Promise<unknown> {
  const fake = createFakeExcel();
  fake.seed({ name: 'Chấm điểm', values: [['STT']] });
  const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  await port.applyPlan(realisticPlan(unitNames(2)));
  if (protect === 'sheet') fake.protectSheet('Thống kê');
  else fake.protectWorkbook();
  return port.applyPlan(realisticPlan(unitNames(2), 1)).catch((e: unknown) => e);
}

describe('a write refused for protection, as the pane words it', () => {
  test('a protected result sheet: named, with Review > Unprotect Sheet, in Vietnamese and English', async () => {
    const failure = failureFrom(await refusal('sheet'));
    expect(failure.kind).toBe('sheet-protected');
    const vi = failureText(uiStrings('vi'), 'vi', failure);
    expect(vi.title).toContain('“Thống kê”');
    expect(vi.action).toMatch(/Xem lại \(Review\) > Bỏ bảo vệ Trang tính \(Unprotect Sheet\)/);
    const en = failureText(uiStrings('en'), 'en', failure);
    expect(en.title).toContain('“Thống kê”');
    expect(en.action).toMatch(/Review tab choose Unprotect Sheet/);
  });

  test('a protected workbook structure: says the workbook, with Review > Protect Workbook', async () => {
    const failure = failureFrom(await refusal('workbook'));
    expect(failure.kind).toBe('workbook-protected');
    expect(failureText(uiStrings('vi'), 'vi', failure).action).toMatch(/Bảo vệ Sổ làm việc \(Protect Workbook\)/);
    expect(failureText(uiStrings('en'), 'en', failure).title).toBe('The workbook structure is protected');
  });
});
