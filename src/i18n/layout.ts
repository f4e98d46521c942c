/**
 * What the readers recognised, in one line for people (the command line prints it, the pane shows
 * it): "Đơn vị theo hàng · sheet Tổng hợp · dòng tiêu đề 4 · dòng điểm tối đa 6 · 14 đơn vị ·
 * 8 lĩnh vực". Rows are counted from 1, as Excel shows them.
 */
import type { Lang } from '../engine/types';

/** The facts of a layout report (src/engine/model.ts `LayoutReport`), as this room may know them. */
export interface LayoutFacts {
  kind: 'criteria-as-rows' | 'units-as-rows' | 'sheet-per-unit';
  sheets: readonly string[];
  /** 0-based. */
  headerRow: number;
  headerRows?: number;
  /** 0-based. */
  maxRow?: number;
  units: number;
  components: number;
  encoding?: 'tcvn3' | 'vni';
}

const WORDS = {
  vi: {
    kind: { 'criteria-as-rows': 'Tiêu chí theo hàng, đơn vị theo cột', 'units-as-rows': 'Đơn vị theo hàng', 'sheet-per-unit': 'Mỗi sheet một đơn vị' },
    sheet: (name: string) => `sheet ${name}`,
    sheets: (n: number, first: string, last: string) => `${n} sheet (${first} … ${last})`,
    headerRow: (r: number, rows: number) => (rows > 1 ? `dòng tiêu đề ${r}–${r + rows - 1}` : `dòng tiêu đề ${r}`),
    maxRow: (r: number) => `dòng điểm tối đa ${r}`,
    units: (n: number) => `${n} đơn vị`,
    components: (n: number) => `${n} lĩnh vực`,
    encoding: { tcvn3: 'chữ TCVN3 đã chuyển sang Unicode', vni: 'chữ VNI đã chuyển sang Unicode' },
  },
  en: {
    kind: { 'criteria-as-rows': 'Criteria as rows, units as columns', 'units-as-rows': 'Units as rows', 'sheet-per-unit': 'One sheet per unit' },
    sheet: (name: string) => `sheet ${name}`,
    sheets: (n: number, first: string, last: string) => `${n} sheets (${first} … ${last})`,
    headerRow: (r: number, rows: number) => (rows > 1 ? `header rows ${r}–${r + rows - 1}` : `header row ${r}`),
    maxRow: (r: number) => `max row ${r}`,
    units: (n: number) => `${n} unit${n === 1 ? '' : 's'}`,
    components: (n: number) => `${n} component${n === 1 ? '' : 's'}`,
    encoding: { tcvn3: 'TCVN3 text converted to Unicode', vni: 'VNI text converted to Unicode' },
  },
} as const;

export function describeLayout(facts: LayoutFacts, lang: Lang): string {
  const w = WORDS[lang];
  const { sheets } = facts;
  const parts: string[] = [w.kind[facts.kind]];
  if (sheets.length === 1) parts.push(w.sheet(sheets[0]));
  else if (sheets.length > 1) parts.push(w.sheets(sheets.length, sheets[0], sheets[sheets.length - 1]));
  parts.push(w.headerRow(facts.headerRow + 1, facts.headerRows ?? 1));
  if (facts.maxRow !== undefined) parts.push(w.maxRow(facts.maxRow + 1));
  parts.push(w.units(facts.units), w.components(facts.components));
  if (facts.encoding) parts.push(w.encoding[facts.encoding]);
  return parts.join(' · ');
}
