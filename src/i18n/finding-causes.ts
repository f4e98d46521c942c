/**
 * The words of cause links (src/engine/causes.ts), in Vietnamese and English: what a finding
 * explained by another says about its cause ("có thể do ô D8 chứa số dạng văn bản") and what to
 * fix first, and what a cause says about the sums it explains.
 */
import type { Finding, FindingRef, RuleId } from '../engine/findings';
import type { Lang } from '../engine/types';

/** Cells of linked findings: "D12", or "Sheet!D12" on another sheet; joined with ", ". */
export const cellsOf = (refs: readonly FindingRef[], sheet: string): string =>
  [...new Set(refs.map((r) => (r.sheet === sheet ? r.cell : `${r.sheet}!${r.cell}`)))].join(', ');

/** What the cause of an explained finding is, by its rule, for its cells. */
type CauseKind = 'text-number' | 'not-applicable' | 'text' | 'error';
const causeKind = (rule: RuleId): CauseKind =>
  rule === 'number-as-text' ? 'text-number'
    : rule === 'not-applicable' || rule === 'not-applicable-on-parent' ? 'not-applicable'
      : rule === 'score-error-value' ? 'error' : 'text';

export interface CauseWords {
  /** "ô D12 chứa số dạng văn bản"; `many` when several cells. */
  clause: { [K in CauseKind]: (cells: string, many: boolean) => string };
  because: (clauses: string) => string;
  and: string;
  /** What to do first: `kinds` are the causes' kinds. */
  fix: (cells: string, many: boolean, kinds: ReadonlySet<CauseKind>) => string;
  /** Appended to a cause's own message (other than a number stored as text, whose message says more). */
  explains: (cells: string) => string;
}

const CAUSE_VI: CauseWords = {
  clause: {
    'text-number': (c, many) => `${many ? 'các ô' : 'ô'} ${c} chứa số dạng văn bản`,
    'not-applicable': (c, many) => `${many ? 'các ô' : 'ô'} ${c} ghi không phát sinh (KPS)`,
    text: (c, many) => `${many ? 'các ô' : 'ô'} ${c} chứa chữ, không phải số`,
    error: (c) => `lỗi ở ô ${c}`,
  },
  because: (clauses) => `có thể do ${clauses}`,
  and: ' và ',
  fix: (c, many, kinds) => {
    const cells = `${many ? 'các ô' : 'ô'} ${c}`;
    if (kinds.size === 1 && kinds.has('not-applicable')) {
      return `Hãy kiểm tra ${cells} trước: ô tổng cần tính tiêu chí không phát sinh bằng 0 (như hàm SUM) hoặc bằng điểm tối đa của tiêu chí.`;
    }
    if (kinds.size === 1 && kinds.has('text-number')) return `Hãy nhập lại ${cells} dưới dạng số trước rồi kiểm tra lại; có thể công thức không sai.`;
    return `Hãy sửa ${cells} trước rồi kiểm tra lại; có thể công thức không sai.`;
  },
  explains: (c) => ` Các ô tổng trên ô này (${c}) có thể không khớp hoặc báo lỗi vì ô này; hãy xử lý ô này trước.`,
};

const CAUSE_EN: CauseWords = {
  clause: {
    'text-number': (c, many) => `${c} ${many ? 'hold numbers' : 'holds a number'} stored as text`,
    'not-applicable': (c, many) => `${c} ${many ? 'are' : 'is'} marked not applicable (KPS)`,
    text: (c, many) => `${c} ${many ? 'hold' : 'holds'} text, not a number`,
    error: (c) => `of the error in ${c}`,
  },
  because: (clauses) => `probably because ${clauses}`,
  and: ' and ',
  fix: (c, _many, kinds) => {
    if (kinds.size === 1 && kinds.has('not-applicable')) {
      return `Check ${c} first: a sum should count a not-applicable criterion as 0 (as SUM does) or as its max.`;
    }
    if (kinds.size === 1 && kinds.has('text-number')) return `Re-enter ${c} as a number first, then check again; the formula may well be right.`;
    return `Fix ${c} first, then check again; the formula may well be right.`;
  },
  explains: (c) => ` The sums above this cell (${c}) probably do not add up, or show an error, because of it; deal with this cell first.`,
};

export const CAUSE_WORDS: Record<Lang, CauseWords> = { vi: CAUSE_VI, en: CAUSE_EN };

/** ", có thể do ô D12 chứa số dạng văn bản. Hãy nhập lại ô D12 …" for a finding others explain. */
export function becauseOf(finding: Finding, words: CauseWords): string {
  const refs = finding.causedBy ?? [];
  const byKind = new Map<CauseKind, FindingRef[]>();
  for (const r of refs) {
    const k = causeKind(r.rule);
    byKind.set(k, [...(byKind.get(k) ?? []), r]);
  }
  const clauses = [...byKind].map(([k, rs]) => words.clause[k](cellsOf(rs, finding.sheet), rs.length > 1)).join(words.and);
  return `, ${words.because(clauses)}. ${words.fix(cellsOf(refs, finding.sheet), refs.length > 1, new Set(byKind.keys()))}`;
}
