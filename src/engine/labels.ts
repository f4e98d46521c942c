/**
 * The words the engine recognises in criterion names and in the labels of rows under the total,
 * folded (see text.ts `fold`: no case, diacritics or extra spaces). The readers (src/readers)
 * look for the same words in the layouts they rearrange.
 */

/** True when the folded text is one of the words, or starts with one followed by a space, "(" or ":". */
function startsWithWord(f: string, words: readonly string[]): boolean {
  for (const w of words) {
    if (f === w) return true;
    if (f.startsWith(w)) {
      const next = f.charAt(w.length);
      if (next === ' ' || next === '(' || next === ':') return true;
    }
  }
  return false;
}

/** A bonus component: "Điểm thưởng", "Điểm cộng (tối đa 2 điểm)". */
export const isBonusName = (f: string): boolean => startsWithWord(f, ['diem thuong', 'diem cong']);
/** A deduction component: "Điểm trừ". */
export const isDeductionName = (f: string): boolean => startsWithWord(f, ['diem tru']);

/** What a row under the total states about each unit. */
export type StatedKind = 'index' | 'unitMax' | 'rank' | 'grade';

/**
 * The figure a row under the total states, by its label: "Chỉ số CCHC (%)", "Tỷ lệ", "Điểm tối
 * đa của đơn vị", "Xếp hạng", "Thứ hạng", "Xếp loại"; undefined for any other label.
 */
export function statedKindOf(f: string): StatedKind | undefined {
  if (startsWithWord(f, ['chi so', 'ty le', 'index'])) return 'index';
  if (startsWithWord(f, ['diem toi da', 'diem chuan', 'thang diem', 'max'])) return 'unitMax';
  if (f === 'hang' || startsWithWord(f, ['xep hang', 'thu hang', 'rank'])) return 'rank';
  if (f === 'loai' || startsWithWord(f, ['xep loai', 'grade'])) return 'grade';
  return undefined;
}

/** The code column's header: "STT", "TT". */
export const isCodeHeader = (f: string): boolean => f === 'stt' || f === 'tt';
/** Note and evidence columns: never units, never components. */
export const isNoteHeader = (f: string): boolean => containsAny(f, ['ghi chu', 'tai lieu kiem chung', 'giai trinh', 'note']);
/** The self-assessment column: "Điểm tự đánh giá", "Tự chấm". */
export const isSelfHeader = (f: string): boolean => containsAny(f, ['tu danh gia', 'tu cham']);
/** The appraised column: "Điểm thẩm định". */
export const isAppraisedHeader = (f: string): boolean => f.includes('tham dinh');

/** True when the folded text contains one of the words (a loop: it runs once per header cell of a wide sheet). */
export function containsAny(f: string, words: readonly string[]): boolean {
  for (const w of words) if (f.includes(w)) return true;
  return false;
}
