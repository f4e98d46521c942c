/**
 * Deciding, before anything is written, where each sheet of a plan goes: into the result sheet
 * we wrote before for the same key (replaced in place), or into a new sheet; and under which name
 * (the wanted one, or "Name (2)" when another sheet has it). Pure: no Office calls.
 */
import type { WritePlan } from '../../appendix/types';
import type { WorkbookState } from './inspect-workbook';
import { freeSheetName, ownedNameForKey, sameSheetName } from './ownership';

export interface SheetTarget {
  key: string;
  wanted: string;
  /** The name the sheet will have. */
  name: string;
  /** Id of our earlier sheet to clear and reuse; undefined for a new sheet. */
  replaceId?: string;
  /** Its name now, when replacing. */
  currentName?: string;
  /** The charts we left on it last time, when the mark says (else they must be asked for). */
  knownCharts?: string[];
  /** The defined name that marks the sheet; `markExists` when it must be deleted first. */
  markName: string;
  markExists: boolean;
}

/**
 * @param protectedIds sheets that must not be touched even if a mark points at them (the input
 * sheets the adapter has read).
 */
export function planTargets(plan: WritePlan, state: WorkbookState, protectedIds: ReadonlySet<string>): SheetTarget[] {
  const taken = state.sheets.map((s) => s.name);
  const claimed = new Set<string>();
  const targets: SheetTarget[] = [];
  for (const sheet of plan.sheets) {
    const mark = state.marks.get(sheet.key);
    const markName = mark?.name ?? ownedNameForKey(sheet.key);
    const ours = mark?.sheetId !== undefined && !protectedIds.has(mark.sheetId) && !claimed.has(mark.sheetId)
      ? state.sheets.find((s) => s.id === mark.sheetId)
      : undefined;
    if (ours) {
      claimed.add(ours.id);
      const others = taken.filter((n) => !sameSheetName(n, ours.name));
      const name = freeSheetName(sheet.name, others);
      taken.splice(taken.findIndex((n) => sameSheetName(n, ours.name)), 1, name);
      targets.push({ key: sheet.key, wanted: sheet.name, name, replaceId: ours.id, currentName: ours.name, knownCharts: mark?.charts, markName, markExists: true });
    } else {
      const name = freeSheetName(sheet.name, taken);
      taken.push(name);
      targets.push({ key: sheet.key, wanted: sheet.name, name, markName, markExists: mark !== undefined });
    }
  }
  return targets;
}
