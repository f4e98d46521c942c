/**
 * One sync that tells the adapter what the workbook holds: its sheets (name, id, position,
 * visibility) and our ownership marks (workbook-scoped defined names "CCHC_OWNED.<key>", see
 * src/workbook/ownership.md).
 */
import { chartsFromComment, keyFromOwnedName, sameSheetName, sheetOfReference } from './ownership';

export interface SheetInfo {
  name: string;
  id: string;
  position: number;
  visible: boolean;
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
}

export interface PendingState {
  worksheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
}

/** Queues the loads; call `readState` after the next sync. */
export function queueState(context: Excel.RequestContext): PendingState {
  const worksheets = context.workbook.worksheets.load('items/name,items/id,items/position,items/visibility');
  const names = context.workbook.names.load('items/name,items/formula,items/scope,items/comment');
  return { worksheets, names };
}

export function readState(p: PendingState): WorkbookState {
  const sheets: SheetInfo[] = p.worksheets.items
    .map((ws) => ({ name: ws.name, id: ws.id, position: ws.position, visible: ws.visibility === 'Visible' }))
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
  return { sheets, marks };
}

/** Ids of the sheets some mark points at. */
export function ownedSheetIds(state: WorkbookState): Set<string> {
  const ids = new Set<string>();
  for (const m of state.marks.values()) if (m.sheetId) ids.add(m.sheetId);
  return ids;
}
