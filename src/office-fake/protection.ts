/**
 * Fake Excel.WorksheetProtection (ExcelApi 1.2) and Excel.WorkbookProtection (1.7): whether a
 * sheet, or the workbook's structure, is protected. What protection refuses is in
 * protection-rules.ts; tests protect a sheet or the workbook with `fake.protectSheet` and
 * `fake.protectWorkbook` (index.ts), as a user would in Excel.
 */
import { FakeObject, type ContextHolder } from './client-object';
import type { SheetModel, WorkbookModel } from './model';
import { SheetPart } from './sheet-part';

export class WorksheetProtection extends SheetPart {
  constructor(holder: ContextHolder, resolver: () => SheetModel) {
    super(holder, 'WorksheetProtection', resolver);
  }
  _scalars(): readonly string[] {
    return ['protected'];
  }
  _read(name: string, s: SheetModel): unknown {
    void name;
    return s.protected === true;
  }
  get protected(): boolean {
    return this._get('protected');
  }
}

export class WorkbookProtection extends FakeObject<WorkbookModel> {
  constructor(holder: ContextHolder) {
    super(holder, 'WorkbookProtection');
  }
  _scalars(): readonly string[] {
    return ['protected'];
  }
  _read(name: string, wb: WorkbookModel): unknown {
    void name;
    return wb.structureProtected === true;
  }
  _resolve(): WorkbookModel {
    this._engine.requireApi('1.7', 'Workbook.protection');
    return this._engine.model;
  }
  get protected(): boolean {
    return this._get('protected');
  }
}
