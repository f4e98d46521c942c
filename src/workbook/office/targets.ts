/**
 * Deciding, before anything is written, where each sheet of a plan goes: in place of the result
 * sheet we wrote before for the same key (replaced: the new sheet takes its position, visibility
 * and mark), or as a new sheet; under which name (the wanted one, or "Name (2)" when another sheet
 * has it); and the temporary name it is built under until the whole result is complete
 * (apply-plan.ts). Pure: no Office calls.
 */
import type { WritePlan } from '../../appendix/types';
import type { WorkbookState } from './inspect-workbook';
import { freeSheetName, ownedNameForKey, sameSheetName } from './ownership';

export interface SheetTarget {
  key: string;
  wanted: string;
  /** The name the sheet will have. */
  name: string;
  /** The name the new sheet is built under, free of every sheet's name and every target's. */
  tempName: string;
  /** Id of our earlier sheet it replaces (deleted once the new one is complete); undefined for a new sheet. */
  replaceId?: string;
  /** Its name now, when replacing. */
  currentName?: string;
  /** Its position and visibility, which the new sheet takes, when replacing. */
  position?: number;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
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
      targets.push({
        key: sheet.key, wanted: sheet.name, name, tempName: '', replaceId: ours.id, currentName: ours.name,
        position: ours.position, visibility: ours.visibility, markName, markExists: true,
      });
    } else {
      const name = freeSheetName(sheet.name, taken);
      taken.push(name);
      targets.push({ key: sheet.key, wanted: sheet.name, name, tempName: '', markName, markExists: mark !== undefined });
    }
  }
  // Temporary names: free of every sheet there is now and of every name the targets will take.
  const avoid = [...state.sheets.map((s) => s.name), ...targets.map((t) => t.name)];
  for (const [i, t] of targets.entries()) {
    t.tempName = freeSheetName(`${TEMP_SHEET_PREFIX}${i + 1}`, avoid);
    avoid.push(t.tempName);
  }
  return targets;
}

/** What a result sheet is called while it is being built ("CCHC đang ghi 1"), before the swap. */
export const TEMP_SHEET_PREFIX = 'CCHC đang ghi ';
