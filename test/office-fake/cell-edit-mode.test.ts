/**
 * The fake enforces Excel's cell-edit mode: while the user is typing in a cell, every sync fails
 * with InvalidOperationInCellEditMode, unless the run was started with `{ delayForCellEdit: true }`
 * (Excel.run's options overload, ExcelApi 1.11), whose syncs wait until the mode is switched off.
 */
import { createFakeExcel, FakeOfficeError } from '../../src/office-fake';

/** Lets pending promise callbacks run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function seeded(apiVersion = '1.17') {
  const fake = createFakeExcel({ apiVersion });
  fake.seed({ name: 'Chấm điểm', values: [['STT', 'Tiêu chí']] });
  return fake;
}

const readA1 = async (context: Excel.RequestContext) => {
  const range = context.workbook.worksheets.getItem('Chấm điểm').getRange('A1').load('values');
  await context.sync();
  return range.values[0][0] as unknown;
};

describe('cell-edit mode in the fake', () => {
  test('off by default: both overloads of run work', async () => {
    const fake = seeded();
    expect(fake.cellEditMode).toBe(false);
    await expect(fake.run(readA1)).resolves.toBe('STT');
    await expect(fake.run({ delayForCellEdit: true }, readA1)).resolves.toBe('STT');
    await expect(fake.run({}, readA1)).resolves.toBe('STT');
  });

  test('on, without delayForCellEdit: the sync fails with InvalidOperationInCellEditMode, recorded', async () => {
    const fake = seeded();
    fake.setCellEditMode(true);
    expect(fake.cellEditMode).toBe(true);
    const error: unknown = await fake.run(readA1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect(error).toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(fake.syncs.at(-1)?.failed).toBe('InvalidOperationInCellEditMode');
    await expect(fake.run({ delayForCellEdit: false }, readA1)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });

  test('a write queued in cell-edit mode is not applied', async () => {
    const fake = seeded();
    fake.setCellEditMode(true);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Chấm điểm').getRange('A1').values = [['đã sửa']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    fake.setCellEditMode(false);
    expect(fake.cell('Chấm điểm', 'A1').value).toBe('STT');
  });

  test('on, with delayForCellEdit: the run waits until the mode is switched off, then runs', async () => {
    const fake = seeded();
    fake.setCellEditMode(true);
    let done = false;
    const result = fake.run({ delayForCellEdit: true }, readA1).then((v) => {
      done = true;
      return v;
    });
    await settle();
    await settle();
    expect(done).toBe(false);
    expect(fake.syncs).toHaveLength(0);
    fake.setCellEditMode(false);
    await expect(result).resolves.toBe('STT');
    expect(fake.syncs).toHaveLength(1);
    expect(fake.syncs[0].failed).toBeUndefined();
  });

  test('several delayed runs all resume when the mode is switched off', async () => {
    const fake = seeded();
    fake.setCellEditMode(true);
    const runs = [fake.run({ delayForCellEdit: true }, readA1), fake.run({ delayForCellEdit: true }, readA1)];
    await settle();
    fake.setCellEditMode(false);
    await expect(Promise.all(runs)).resolves.toEqual(['STT', 'STT']);
  });

  test('a host without ExcelApi 1.11 ignores delayForCellEdit and fails', async () => {
    const fake = seeded('1.10');
    fake.setCellEditMode(true);
    await expect(fake.run({ delayForCellEdit: true }, readA1)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });
});
