/**
 * One sync that tells the adapter what the workbook holds: its sheets (name, id, position,
 * visibility, and for a write their protection) and our ownership marks (workbook-scoped defined names "CCHC_OWNED.<key>", see
 * src/workbook/ownership.md).
 */
import { chartsFromComment, keyFromOwnedName, sameSheetName, sheetOfReference } from './ownership';

export interface SheetInfo {
  name: string;
  id: string;
  position: number;
  visible: boolean;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Review > Protect Sheet; undefined when not asked for (listSheets). */
  protected?: boolean;
}

export interface OwnershipMark {
  /** The defined name itself. */
  name: string;
  key: string;
  /** Id of the sheet it points at, or undefined when it is stale (#REF!, missing sheet). */
  sheetId: string | undefined;
  /** Charts the adapter put on that sheet, from the mark's comment; undefined when unknown. */
  charts: string[] | undefined;
}

export interface WorkbookState {
  sheets: SheetInfo[];
  /** Marks by plan key. */
  marks: Map<string, OwnershipMark>;
  /** Review > Protect Workbook (structure); undefined when not asked for. */
  structureProtected?: boolean;
  /** The active sheet's id, when asked for. */
  activeId?: string;
  /** Excel.CalculationMode ("Automatic", "AutomaticExceptTables", "Manual"), when asked for. */
  calculationMode?: string;
}

export interface PendingState {
  worksheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  write?: {
    protection: Excel.WorkbookProtection;
    active: Excel.Worksheet;
    application: Excel.Application;
  };
}

/**
 * Queues the loads; call `readState` after the next sync. `forWrite` adds what a write must know
 * before it changes anything: the protection of the workbook's structure (ExcelApi 1.7) and of each
 * sheet (1.2), the active sheet, and the calculation mode (1.1), all in the same sync.
 */
export function queueState(context: Excel.RequestContext, forWrite = false): PendingState {
  const sheetProps = 'items/name,items/id,items/position,items/visibility';
  const worksheets = context.workbook.worksheets.load(forWrite ? `${sheetProps},items/protection/protected` : sheetProps);
  const names = context.workbook.names.load('items/name,items/formula,items/scope,items/comment');
  if (!forWrite) return { worksheets, names };
  const write = {
    protection: context.workbook.protection.load('protected'),
    active: context.workbook.worksheets.getActiveWorksheet().load('id'),
    application: context.workbook.application.load('calculationMode'),
  };
  return { worksheets, names, write };
}

export function readState(p: PendingState): WorkbookState {
  const sheets: SheetInfo[] = p.worksheets.items
    .map((ws): SheetInfo => ({
      name: ws.name,
      id: ws.id,
      position: ws.position,
      visible: ws.visibility === 'Visible',
      visibility: ws.visibility as SheetInfo['visibility'],
      ...(p.write ? { protected: ws.protection.protected } : {}),
    }))
    .sort((a, b) => a.position - b.position);
  const marks = new Map<string, OwnershipMark>();
  for (const item of p.names.items) {
    if (item.scope !== 'Workbook') continue;
    const key = keyFromOwnedName(item.name);
    if (key === undefined) continue;
    const formula: unknown = item.formula;
    const target = typeof formula === 'string' ? sheetOfReference(formula) : undefined;
    const sheet = target === undefined ? undefined : sheets.find((s) => sameSheetName(s.name, target));
    marks.set(key, { name: item.name, key, sheetId: sheet?.id, charts: chartsFromComment(item.comment) });
  }
  if (!p.write) return { sheets, marks };
  return {
    sheets,
    marks,
    structureProtected: p.write.protection.protected,
    activeId: p.write.active.id,
    calculationMode: p.write.application.calculationMode,
  };
}

/** Ids of the sheets some mark points at. */
export function ownedSheetIds(state: WorkbookState): Set<string> {
  const ids = new Set<string>();
  for (const m of state.marks.values()) if (m.sheetId) ids.add(m.sheetId);
  return ids;
}
