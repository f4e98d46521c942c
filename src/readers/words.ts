/**
 * The words the readers look for in headers and labels, folded (no case, diacritics or extra
 * spaces: "Điểm tối đa" is "diem toi da"), and the small tests on them.
 */
import { romanValue } from '../engine/tree';
import { cellText, fold } from '../engine/text';
import type { CellValue } from '../engine/grid';

export const folded = (v: CellValue | undefined): string => {
  const t = cellText(v);
  return t === '' ? '' : fold(t);
};

const startsWithWord = (f: string, words: readonly string[]): boolean =>
  words.some((w) => f === w || f.startsWith(`${w} `) || f.startsWith(`${w}(`) || f.startsWith(`${w}:`));

export const isMaxLabel = (f: string): boolean => startsWithWord(f, ['diem toi da', 'diem chuan', 'thang diem', 'max']);
/** The total row or column: "Tổng cộng", "Tổng điểm", "TỔNG CỘNG (A+B)", "Cộng", "Tổng". */
export const isTotalLabel = (f: string): boolean =>
  f === 'tong' || f === 'cong' || f === 'cong:' || startsWithWord(f, ['tong cong', 'tong diem', 'tong so', 'total']);
export const isIndexLabel = (f: string): boolean => startsWithWord(f, ['chi so', 'ty le']);
export const isRankLabel = (f: string): boolean => f === 'hang' || startsWithWord(f, ['xep hang', 'thu hang']);
export const isGradeLabel = (f: string): boolean => f === 'loai' || startsWithWord(f, ['xep loai']);
/** A unit's own max ("Điểm tối đa của đơn vị"), under the total or as a column of a summary table. */
export const isUnitMaxLabel = (f: string): boolean => isMaxLabel(f);
/** Bonus and deduction names: the engine's own words, so the two cannot drift. */
export { isAppraisedHeader, isBonusName, isCodeHeader, isDeductionName, isNoteHeader, isSelfHeader } from '../engine/labels';
/** The unit-name column of a summary table: "Tên đơn vị", "Đơn vị", "Tên cơ quan, đơn vị". */
export const isUnitNameHeader = (f: string): boolean =>
  !f.startsWith('don vi tinh') && startsWithWord(f, ['ten don vi', 'don vi', 'ten co quan', 'co quan', 'co quan, don vi', 'ten xa', 'ten dia phuong']);
/** A ranking group's label in a summary table ("Khối xã", "Nhóm phòng"). */
export const isGroupLabel = (f: string): boolean => startsWithWord(f, ['khoi', 'nhom']);
/** Summary rows of a summary table: not units. */
export const isSummaryLabel = (f: string): boolean => isTotalLabel(f) || startsWithWord(f, ['trung binh', 'binh quan', 'average', 'mean']);
/** The first words of a signature block under a form ("NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN"). */
export const isSignatureLabel = (f: string): boolean =>
  startsWithWord(f, ['nguoi lap', 'nguoi lap bieu', 'tm.', 'tm', 'chu tich', 'thu truong', 'xac nhan', 'giam doc', 'truong phong', 'noi nhan']);

/** A cell of column numbers: 1, "1", "(1)". */
export const isColumnNumber = (v: CellValue | undefined): boolean =>
  typeof v === 'number' ? Number.isInteger(v) && v > 0 && v < 100 : /^\(?\d{1,2}\)?$/.test(cellText(v));

/**
 * The component code a header starts with: "I. Công tác …", "II (8 điểm)", "1. Chỉ đạo", "IV-Điểm
 * cộng"; Roman I–XX in capitals, or a number without a dot inside. Undefined when there is none.
 */
export function leadingComponentCode(text: string): { code: string; rest: string } | undefined {
  const m = /^([IVXLivxl]{1,5}|\d{1,2})(?:\s*[.):\-–]\s*|\s+|$)(.*)$/su.exec(text.trim());
  if (!m) return undefined;
  const code = m[1];
  if (/^\d/.test(code)) return { code, rest: m[2].trim() };
  if (code !== code.toUpperCase() || romanValue(code) === undefined) return undefined;
  return { code, rest: m[2].trim() };
}

/**
 * The key that lines up one criterion row across forms: the code without spaces or trailing dots,
 * Roman numerals in capitals; lower-case letters (a, b, a)) under the last numbered code.
 */
export function criterionKey(code: string, lastNumbered: string): { key: string; numbered: boolean } {
  const t = code.replace(/\s+/g, '').replace(/[.)]+$/, '');
  if (/^[a-zđ]$/.test(t)) return { key: `${lastNumbered}.${t}`, numbered: false };
  return { key: /^[ivx]+$/i.test(t) ? t.toUpperCase() : t, numbered: true };
}
