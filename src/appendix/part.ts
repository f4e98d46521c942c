/**
 * One ranking group's part of a workbook's appendix (Phụ lục I, II …) when the workbook has
 * several groups: its sheets' keys and names, and the texts that name the group.
 */
import type { PlanLabels } from '../i18n/plan';
import { sheetName } from './styles';

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

export interface AppendixPart {
  /** 1-based place of the group in the workbook: "PHỤ LỤC II", "Xếp hạng chung (II)". */
  number: number;
  /** The group's name as users read it (the `noGroup` label for a group without one). */
  group: string;
}

/** The sheet's key in the plan: the standard key for the first group (so a re-run replaces a one-group appendix), "units-2" after. */
export function partKey(key: string, part: AppendixPart): string {
  return part.number === 1 ? key : `${key}-${part.number}`;
}

/** "Xếp hạng chung (II)": the standard name shortened, if need be, so the numeral always fits in 31 characters. */
export function partSheetName(standard: string, part: AppendixPart, labels: PlanLabels): string {
  let base = Array.from(standard);
  for (;;) {
    const wanted = Array.from(labels.partSheetName(base.join('').trim(), part.number));
    const over = wanted.length - MAX_SHEET_NAME;
    if (over <= 0 || base.length === 0) return sheetName(wanted.join(''));
    base = base.slice(0, Math.max(0, base.length - over));
  }
}
