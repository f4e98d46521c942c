/**
 * What Excel refuses under protection, applied by every proxy when its queued write runs at sync:
 *
 * - **A protected sheet** (Review > Protect Sheet) refuses changes to its cells and what lies on
 *   them: values, formulas, number formats, formats, merges, clearing, charts, page setup and page
 *   breaks. Selecting, freezing panes, and what concerns the sheet as a whole (its name, position,
 *   visibility, deleting it) are the workbook structure's business, not the sheet's.
 * - **A protected workbook structure** (Review > Protect Workbook) refuses adding, deleting,
 *   renaming, moving, hiding and showing sheets.
 *
 * Excel answers both with `AccessDenied`, "You cannot perform the requested operation." (the code
 * the Excel REST API documents for a write to locked cells, and office-js issue #6784 shows for
 * protection calls). No proxy import here, so `client-object.ts` can use it without a circle.
 */
import { FakeOfficeError } from './errors';
import type { ChartModel, SheetModel, WorkbookModel } from './model';

const ACCESS_DENIED = 'You cannot perform the requested operation.';

/** Proxies whose writes never touch a sheet's content (workbook-level or view settings). */
const NOT_SHEET_CONTENT = new Set([
  'Workbook',
  'Application',
  'WorksheetCollection',
  'NamedItemCollection',
  'NamedItem',
  'WorksheetFreezePanes',
  'WorksheetProtection',
  'WorkbookProtection',
]);

/** Members of a Worksheet that change the workbook's structure. */
const STRUCTURE_MEMBERS = new Set(['name', 'position', 'visibility', 'delete']);

function isSheet(entity: object): entity is SheetModel {
  return 'values' in entity && 'charts' in entity && 'deleted' in entity;
}

function isChart(entity: object): entity is ChartModel {
  return 'seriesBy' in entity && 'legendVisible' in entity;
}

/** The sheet a proxy's host object lies on, if any. */
export function sheetOfEntity(wb: WorkbookModel, entity: unknown): SheetModel | undefined {
  if (typeof entity !== 'object' || entity === null) return undefined;
  if (Array.isArray(entity)) return entity.length > 0 ? sheetOfEntity(wb, entity[0]) : undefined;
  if (isSheet(entity)) return entity;
  if ('sheet' in entity && typeof entity.sheet === 'object' && entity.sheet !== null && isSheet(entity.sheet)) return entity.sheet;
  if (isChart(entity)) return wb.sheets.find((s) => s.charts.includes(entity));
  return undefined;
}

export function refuseUnderStructure(wb: WorkbookModel, what: string): void {
  if (wb.structureProtected) {
    throw new FakeOfficeError('AccessDenied', `${ACCESS_DENIED} (${what}: the workbook structure is protected)`);
  }
}

export function refuseOnProtectedSheet(sheet: SheetModel | undefined, what: string): void {
  if (sheet?.protected) {
    throw new FakeOfficeError('AccessDenied', `${ACCESS_DENIED} (${what}: the sheet "${sheet.name}" is protected)`);
  }
}

/**
 * Called by every queued set and call when it is applied: refuses it when the protection in force
 * forbids it (see the file comment).
 */
export function guardWrite(wb: WorkbookModel, typeName: string, member: string, entity: unknown): void {
  if (typeName === 'Worksheet') {
    if (STRUCTURE_MEMBERS.has(member)) refuseUnderStructure(wb, `Worksheet.${member}`);
    return;
  }
  if (NOT_SHEET_CONTENT.has(typeName) || (typeName === 'Range' && member === 'select')) return;
  refuseOnProtectedSheet(sheetOfEntity(wb, entity), `${typeName}.${member}`);
}
