/**
 * Labels of the result sheets (the write plan), Vietnamese first, English second. Numbers given to
 * these functions are already formatted text (decimal comma in Vietnamese), so the catalogue only
 * arranges words.
 */
import type { Lang } from '../engine/types';

export interface HeadingParts {
  year: string;
  rankedGroup: string;
  number: string;
  date: string;
  issuingBody: string;
}

export interface PlanLabels {
  sheetNames: {
    overall: string;
    components: string;
    statistics: string;
    units: string;
    self: string;
  };
  /** Placeholder for a heading detail that was not given. */
  placeholder: string;
  /** Placeholder for a missing decision number. */
  numberPlaceholder: string;
  appendix: string;
  title(p: HeadingParts): string;
  attachedTo(p: HeadingParts): string;
  groupHeading(index: number, group: string): string;
  /** Heading of units without a group when other units have one. */
  noGroup: string;

  no: string;
  unit: string;
  max: string;
  score: string;
  index: string;
  rank: string;
  grade: string;
  mean: string;
  previousRank: string;
  rankChange: string;
  indexChange: string;
  rankUp(steps: number): string;
  rankDown(steps: number): string;
  rankSame: string;

  componentsTitle: string;
  componentMax(max: string): string;
  scoreShort: string;
  rankShort: string;
  total: string;
  totalWithMax(max: string): string;
  overallRank: string;

  statisticsTitle: string;
  component: string;
  highest: string;
  highestUnits: string;
  /** "… và 12 đơn vị khác" after the first names of a long list. */
  andOthers: (n: number) => string;
  lowest: string;
  lowestUnits: string;
  rankLevels: string;
  gradeCounts: string;
  unitCount: string;
  share: string;
  summary: string;
  gradeCountText(count: number, of: number, grade: string): string;
  belowThreshold: string;
  noneBelowThreshold: string;
  chartData: string;
  chartTitle(group: string | null): string;

  unitsTitle: string;
  componentLine(name: string, score: string, max: string, rank: number, levels: number): string;
  /** The line of a component that did not arise for the unit (every criterion not applicable). */
  componentNotArisenLine(name: string): string;
  totalLine(p: { score: string; max: string; index: string; rank: number; levels: number; grade: string }): string;
  previousLine(p: { rank: number; change: string; index: string; indexChange: string }): string;
  weakLine(items: string[]): string;
  weakItem(name: string, score: string, max: string, index: string): string;
  noWeak: string;

  selfTitle: string;
  selfScore: string;
  appraised: string;
  difference: string;
  deductionsTitle: string;
  code: string;
  criterion: string;
  deducted: string;
  unitsDeducted: string;
  noDeductions: string;

  footer: string;
}

const vi: PlanLabels = {
  sheetNames: {
    overall: 'Xếp hạng chung',
    components: 'Xếp hạng lĩnh vực',
    statistics: 'Thống kê',
    units: 'Kết quả từng đơn vị',
    self: 'Tự đánh giá - Thẩm định',
  },
  placeholder: '....',
  numberPlaceholder: '..../QĐ-UBND',
  appendix: 'PHỤ LỤC',
  title: (p) => `KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${p.year} CỦA ${p.rankedGroup}`,
  attachedTo: (p) => `(Kèm theo Quyết định số ${p.number} ngày ${p.date} của ${p.issuingBody})`,
  groupHeading: (i, g) => `${roman(i)}. ${g}`,
  noGroup: 'Chưa phân khối',

  no: 'STT',
  unit: 'Đơn vị',
  max: 'Điểm tối đa',
  score: 'Điểm đạt',
  index: 'Chỉ số (%)',
  rank: 'Xếp hạng',
  grade: 'Xếp loại',
  mean: 'Trung bình',
  previousRank: 'Xếp hạng năm trước',
  rankChange: 'Thay đổi',
  indexChange: 'Thay đổi chỉ số (%)',
  rankUp: (n) => `tăng ${n} bậc`,
  rankDown: (n) => `giảm ${n} bậc`,
  rankSame: 'giữ nguyên',

  componentsTitle: 'KẾT QUẢ XẾP HẠNG THEO TỪNG LĨNH VỰC',
  componentMax: (max) => `Tối đa: ${max}`,
  scoreShort: 'Điểm',
  rankShort: 'Hạng',
  total: 'Tổng điểm',
  totalWithMax: (max) => `Tổng điểm (Tối đa: ${max})`,
  overallRank: 'Xếp hạng chung',

  statisticsTitle: 'THỐNG KÊ KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH',
  component: 'Lĩnh vực',
  highest: 'Cao nhất',
  highestUnits: 'Đơn vị cao nhất',
  andOthers: (n) => `và ${n.toLocaleString('vi-VN')} đơn vị khác`,
  lowest: 'Thấp nhất',
  lowestUnits: 'Đơn vị thấp nhất',
  rankLevels: 'Số mức xếp hạng',
  gradeCounts: 'Số đơn vị theo xếp loại',
  unitCount: 'Số đơn vị',
  share: 'Tỷ lệ (%)',
  summary: 'Tổng hợp',
  gradeCountText: (c, of, g) => `${c}/${of} đơn vị xếp loại ${g}`,
  belowThreshold: 'Đơn vị đạt dưới 75% điểm tối đa của lĩnh vực',
  noneBelowThreshold: 'Không có đơn vị nào đạt dưới 75% điểm tối đa của lĩnh vực.',
  chartData: 'Tổng điểm theo thứ hạng',
  chartTitle: (g) => (g ? `Tổng điểm các đơn vị - ${g}` : 'Tổng điểm các đơn vị'),

  unitsTitle: 'KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA TỪNG ĐƠN VỊ',
  componentLine: (name, s, m, r, l) => `${name}: đạt ${s}/${m} điểm, xếp hạng ${r}/${l} hạng`,
  componentNotArisenLine: (name) => `${name}: không phát sinh`,
  totalLine: (p) =>
    `Tổng điểm: đạt ${p.score}/${p.max} điểm, chỉ số ${p.index}%, xếp hạng ${p.rank}/${p.levels} hạng, xếp loại ${p.grade}`,
  previousLine: (p) =>
    `So với năm trước: xếp hạng ${p.rank} (${p.change}), chỉ số ${p.index}% (${p.indexChange})`,
  weakLine: (items) => `Lĩnh vực đạt dưới 75% điểm tối đa: ${items.join('; ')}`,
  weakItem: (n, s, m, i) => `${n} (${s}/${m} điểm, ${i}%)`,
  noWeak: 'Không có lĩnh vực nào đạt dưới 75% điểm tối đa.',

  selfTitle: 'SO SÁNH ĐIỂM TỰ ĐÁNH GIÁ VÀ ĐIỂM THẨM ĐỊNH',
  selfScore: 'Tự đánh giá',
  appraised: 'Thẩm định',
  difference: 'Chênh lệch',
  deductionsTitle: 'Các tiêu chí bị trừ điểm nhiều nhất (tự đánh giá - thẩm định, cộng trên các đơn vị)',
  code: 'Mã',
  criterion: 'Tiêu chí',
  deducted: 'Tổng điểm bị trừ',
  unitsDeducted: 'Số đơn vị bị trừ',
  noDeductions: 'Không có tiêu chí nào bị trừ điểm.',

  footer: 'Trang &P/&N',
};

const en: PlanLabels = {
  sheetNames: {
    overall: 'Overall ranking',
    components: 'Component ranking',
    statistics: 'Statistics',
    units: 'Unit results',
    self: 'Self vs appraisal',
  },
  placeholder: '....',
  numberPlaceholder: '..../QĐ-UBND',
  appendix: 'APPENDIX',
  title: (p) => `ADMINISTRATIVE REFORM INDEX RESULTS ${p.year} OF ${p.rankedGroup}`,
  attachedTo: (p) => `(Attached to Decision No. ${p.number} dated ${p.date} of ${p.issuingBody})`,
  groupHeading: (i, g) => `${roman(i)}. ${g}`,
  noGroup: 'No group',

  no: 'No.',
  unit: 'Unit',
  max: 'Max points',
  score: 'Score',
  index: 'Index (%)',
  rank: 'Rank',
  grade: 'Grade',
  mean: 'Mean',
  previousRank: 'Rank last year',
  rankChange: 'Change',
  indexChange: 'Index change (%)',
  rankUp: (n) => `up ${n}`,
  rankDown: (n) => `down ${n}`,
  rankSame: 'unchanged',

  componentsTitle: 'RANKING BY COMPONENT',
  componentMax: (max) => `Max: ${max}`,
  scoreShort: 'Score',
  rankShort: 'Rank',
  total: 'Total',
  totalWithMax: (max) => `Total (Max: ${max})`,
  overallRank: 'Overall rank',

  statisticsTitle: 'ADMINISTRATIVE REFORM INDEX STATISTICS',
  component: 'Component',
  highest: 'Highest',
  highestUnits: 'Highest units',
  andOthers: (n) => `and ${n.toLocaleString('en-US')} other units`,
  lowest: 'Lowest',
  lowestUnits: 'Lowest units',
  rankLevels: 'Rank levels',
  gradeCounts: 'Units by grade',
  unitCount: 'Units',
  share: 'Share (%)',
  summary: 'Summary',
  gradeCountText: (c, of, g) => `${c}/${of} units graded ${g}`,
  belowThreshold: "Units below 75% of a component's max",
  noneBelowThreshold: "No unit is below 75% of a component's max.",
  chartData: 'Totals in rank order',
  chartTitle: (g) => (g ? `Unit totals - ${g}` : 'Unit totals'),

  unitsTitle: 'ADMINISTRATIVE REFORM INDEX RESULTS BY UNIT',
  componentLine: (name, s, m, r, l) => `${name}: ${s}/${m} points, rank ${r}/${l}`,
  componentNotArisenLine: (name) => `${name}: not applicable`,
  totalLine: (p) => `Total: ${p.score}/${p.max} points, index ${p.index}%, rank ${p.rank}/${p.levels}, grade ${p.grade}`,
  previousLine: (p) => `Compared with last year: rank ${p.rank} (${p.change}), index ${p.index}% (${p.indexChange})`,
  weakLine: (items) => `Components below 75% of max: ${items.join('; ')}`,
  weakItem: (n, s, m, i) => `${n} (${s}/${m} points, ${i}%)`,
  noWeak: 'No component below 75% of max.',

  selfTitle: 'SELF-ASSESSMENT VS APPRAISAL',
  selfScore: 'Self',
  appraised: 'Appraised',
  difference: 'Difference',
  deductionsTitle: 'Criteria with the largest deductions (self minus appraised, summed over units)',
  code: 'Code',
  criterion: 'Criterion',
  deducted: 'Points deducted',
  unitsDeducted: 'Units deducted',
  noDeductions: 'No criterion lost points.',

  footer: 'Page &P of &N',
};

/** Roman numeral of 1..39, for group headings (I, II, III ...). */
function roman(n: number): string {
  const parts: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = n;
  let out = '';
  for (const [value, text] of parts) {
    while (rest >= value) {
      out += text;
      rest -= value;
    }
  }
  return out;
}

const CATALOGUE: Record<Lang, PlanLabels> = { vi, en };

/** The result-sheet labels of a language (Vietnamese when unknown). */
export function planLabels(lang: Lang): PlanLabels {
  return CATALOGUE[lang] ?? vi;
}
