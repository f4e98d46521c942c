/**
 * The whole state of a fake workbook, for "exactly as before" comparisons: every live sheet in tab
 * order (everything `snapshot` holds: cells, formulas, formats, styles, merges, sizes, panes, page
 * setup, charts, protection), every defined name, the active sheet. `withoutIds` drops what Excel
 * numbers itself (sheet and chart ids), to compare two workbooks written the same way.
 */
import type { FakeExcel } from '../../../src/office-fake';

export function fullState(fake: FakeExcel, options: { withoutIds?: boolean } = {}): unknown {
  const sheets = fake.sheetNames().map((name) => {
    const snap = JSON.parse(fake.snapshot(name)) as Record<string, unknown> & { charts: Record<string, unknown>[] };
    const protectedSheet = fake.sheet(name).protected === true;
    if (options.withoutIds) {
      delete snap.id;
      snap.charts = snap.charts.map(({ id: _id, ...rest }) => rest);
    }
    return { ...snap, protected: protectedSheet };
  });
  const names = fake.model.names
    .filter((n) => !n.deleted)
    .map((n) => ({ name: n.name, formula: n.formula, comment: n.comment, visible: n.visible, scope: n.scope }));
  return { sheets, names, active: fake.activeSheetName(), structureProtected: fake.model.structureProtected === true };
}
