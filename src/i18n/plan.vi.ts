/** Labels of the result sheets in Vietnamese (the default). */
import type { PlanLabels } from './plan-labels';
import { roman } from './roman';

export const vi: PlanLabels = {
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
  title: (p) => ['KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH', `NĂM ${p.year}`, `CỦA ${p.rankedGroup}`],
  attachedTo: (p) => [`(Kèm theo Quyết định số ${p.number}`, `ngày ${p.date}`, `của ${p.issuingBody})`],
  groupHeading: (i, g) => `${roman(i)}. ${g}`,
  noGroup: 'Chưa phân khối',
  partAppendix: (i) => `PHỤ LỤC ${roman(i)}`,
  partSheetName: (name, i) => `${name} (${roman(i)})`,

  no: 'STT',
  unit: 'Đơn vị',
  max: 'Điểm tối đa',
  score: 'Điểm đạt',
  index: 'Chỉ số (%)',
  rank: 'Xếp hạng',
  grade: 'Xếp loại',
  mean: 'Điểm trung bình',
  meanRow: 'Điểm trung bình của các đơn vị',
  rankNote: (m) =>
    m === 'dense'
      ? 'Ghi chú: xếp hạng "r/L" là hạng r trong L mức hạng; các đơn vị bằng nhau cùng hạng, đơn vị kế tiếp nhận hạng liền sau (1, 1, 2).'
      : 'Ghi chú: xếp hạng "r/L" là hạng r trong L đơn vị được xếp hạng; các đơn vị bằng nhau cùng hạng, đơn vị kế tiếp bỏ qua các hạng đã chia (1, 1, 3).',
  previousRank: 'Xếp hạng năm trước',
  rankChange: 'Thay đổi',
  indexChange: 'Thay đổi chỉ số (%)',
  rankUp: (n) => `tăng ${n} bậc`,
  rankDown: (n) => `giảm ${n} bậc`,
  rankSame: 'giữ nguyên',

  componentsTitle: (p) => ['KẾT QUẢ XẾP HẠNG THEO TỪNG LĨNH VỰC', `NĂM ${p.year}`, `CỦA ${p.rankedGroup}`],
  componentMax: (max) => `Tối đa: ${max}`,
  scoreShort: 'Điểm',
  rankShort: 'Hạng',
  total: 'Tổng điểm',
  totalWithMax: (max) => `Tổng điểm (Tối đa: ${max})`,
  overallRank: 'Xếp hạng chung',

  statisticsTitle: (p) => ['THỐNG KÊ KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH', `NĂM ${p.year}`, `CỦA ${p.rankedGroup}`],
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

  unitsTitle: (p) => ['KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH', `CỦA TỪNG ĐƠN VỊ NĂM ${p.year}`, `(${p.rankedGroup})`],
  componentLine: (name, s, m, r, l) => `${name}: đạt ${s}/${m} điểm, xếp hạng ${r}/${l} hạng`,
  componentNotArisenLine: (name) => `${name}: không phát sinh`,
  adjustmentLine: (p) => {
    const parts = [p.bonus !== undefined ? `điểm thưởng ${p.bonus}` : '', p.deduction !== undefined ? `điểm trừ ${p.deduction}` : ''];
    const text = parts.filter((x) => x !== '').join('; ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)} (đã tính vào tổng điểm)`;
  },
  totalLine: (p) =>
    `Tổng điểm: đạt ${p.score}/${p.max} điểm, chỉ số ${p.index}%, xếp hạng ${p.rank}/${p.levels} hạng, xếp loại ${p.grade}`,
  previousLine: (p) =>
    `So với năm trước: xếp hạng ${p.rank} (${p.change}), chỉ số ${p.index}% (${p.indexChange})`,
  weakLine: (items) => `Lĩnh vực đạt dưới 75% điểm tối đa: ${items.join('; ')}`,
  weakItem: (n, s, m, i) => `${n} (${s}/${m} điểm, ${i}%)`,
  noWeak: 'Không có lĩnh vực nào đạt dưới 75% điểm tối đa.',

  selfTitle: (p) => ['SO SÁNH ĐIỂM TỰ ĐÁNH GIÁ VÀ ĐIỂM THẨM ĐỊNH', `CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${p.year}`, `CỦA ${p.rankedGroup}`],
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
