/**
 * Ranking groups out of the sheets that fit a reader. Each standard sheet and each summary table
 * is a group, named by its sheet ("Khối phòng", "Khối xã"); forms (one sheet per unit) with the
 * same components are one group. A group whose units are mostly an earlier group's (the same
 * sheet for another year, a summary of the forms beside it) is not a second group: the first in
 * workbook order is scored (docs/decisions.md, "Two sheets that both look like scoring sheets").
 */
import type { LayoutReport, LeftOutSheet, ModelGroup } from '../engine/model';
import { nameKey } from '../engine/text';
import type { SheetFit } from './detect';
import type { Form } from './form';
import type { LegacyEncoding } from './legacy-text';
import { criteriaSignature, readSheetsPerUnit } from './sheet-per-unit';
import type { StatedLayout } from './types';

export interface ReadGroup {
  group: ModelGroup;
  report: LayoutReport;
}

interface Candidate extends ReadGroup {
  position: number;
  unitNames: string[];
  forms: boolean;
}

export function groupsOf(fits: readonly SheetFit[], stated?: StatedLayout): { groups: ReadGroup[]; leftOut: LeftOutSheet[] } {
  const candidates: Candidate[] = [];
  const encodings = new Map<string, LegacyEncoding>();
  for (const fit of fits) if (fit.sheet.encoding) encodings.set(fit.sheet.name, fit.sheet.encoding);
  const formSets = new Map<string, { position: number; forms: Form[] }>();
  for (const fit of fits) {
    if (fit.kind === 'sheet-per-unit') {
      const signature = criteriaSignature(fit.form);
      const set = formSets.get(signature);
      if (set) set.forms.push(fit.form);
      else formSets.set(signature, { position: fit.sheet.position, forms: [fit.form] });
    } else if (fit.kind === 'units-as-rows' || fit.kind === 'criteria-as-rows') {
      candidates.push({ ...fit.read, position: fit.sheet.position, forms: false });
    }
  }
  for (const { position, forms } of formSets.values()) {
    const read = readSheetsPerUnit(forms, formsGroupName(forms), stated);
    candidates.push({ ...read, position, forms: true });
  }
  candidates.sort((a, b) => a.position - b.position);

  const kept: Candidate[] = [];
  const leftOut: LeftOutSheet[] = [];
  for (const c of candidates) {
    const same = kept.find((k) => sameUnits(k.unitNames, c.unitNames));
    if (same) for (const sheet of c.group.sheets) leftOut.push({ sheet, reason: 'same-units', sameAs: same.group.sheets[0] });
    else kept.push(c);
  }
  // One group of forms alone has no name (the spec gives it none); among other groups it is named by its sheets.
  if (kept.length === 1 && kept[0].forms) kept[0].group.name = null;
  return {
    groups: kept.map(({ group, report }) => {
      const encoding = group.sheets.map((s) => encodings.get(s)).find((e) => e !== undefined);
      return { group, report: encoding ? { ...report, encoding } : report };
    }),
    leftOut,
  };
}

/** A group of forms among other groups: its sheet, or its first and last sheets ("Yên Lạc – Kẻ Sặt"). */
function formsGroupName(forms: readonly Form[]): string {
  const first = forms[0].sheet;
  const last = forms[forms.length - 1].sheet;
  return forms.length === 1 ? first : `${first} – ${last}`;
}

/** Mostly the same units: more than half of the smaller list's names are in the other. */
function sameUnits(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const keys = new Set(a.map(nameKey));
  const shared = b.filter((n) => keys.has(nameKey(n))).length;
  return shared * 2 > Math.min(a.length, b.length);
}
