/**
 * The fake keeps Excel's documented limit on Range.getMergedAreasOrNullObject: more than 512
 * merged areas in the range fail the sync (an error, not a null object); up to 512, and a
 * smaller range of the same sheet, are returned; none is a null object.
 */
import type { CellBox } from '../../src/engine/grid';
import { createFakeExcel, MAX_MERGED_AREAS } from '../../src/office-fake';

/** `count` merged areas of 1 row × 2 columns, one per row from row 1. */
function seededWith(count: number) {
  const fake = createFakeExcel({ apiVersion: '1.13' });
  const merges: CellBox[] = Array.from({ length: count }, (_, i) => ({ row: i, col: 0, rows: 1, cols: 2 }));
  const values = Array.from({ length: count + 1 }, (_, i) => [`r${i}`, '', 'x']);
  fake.seed({ name: 'Merged', values, merges });
  return fake;
}

describe('getMergedAreasOrNullObject and the 512 merged-area limit', () => {
  test('512 merged areas are returned', async () => {
    const fake = seededWith(MAX_MERGED_AREAS);
    await fake.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('Merged').getRange().getMergedAreasOrNullObject().load('areaCount');
      await context.sync();
      expect(areas.isNullObject).toBe(false);
      expect(areas.areaCount).toBe(MAX_MERGED_AREAS);
    });
  });

  test('513 merged areas fail the whole sync with InvalidOperation, the other loads with it', async () => {
    const fake = seededWith(MAX_MERGED_AREAS + 1);
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Merged');
      const values = ws.getRange('A1:C2').load('values');
      ws.getRange().getMergedAreasOrNullObject().load('address');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation', message: expect.stringMatching(/513 merged areas.*512/) });
      expect(() => values.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      // A part of the sheet with fewer areas is still answered, in a later sync of the same batch.
      const top = ws.getRange('A1:C300').getMergedAreasOrNullObject().load('areaCount');
      const empty = ws.getRange('E1:F10').getMergedAreasOrNullObject().load('areaCount');
      await context.sync();
      expect(top.areaCount).toBe(300);
      expect(empty.isNullObject).toBe(true);
    });
    expect(fake.syncs.map((s) => s.failed)).toEqual(['InvalidOperation', undefined]);
  });
});
