/**
 * Every string the task pane shows, Vietnamese first, English second. Components read them through
 * `uiStrings(lang)`; nothing a user reads is written inline in a component.
 */
import type { Lang } from '../engine/types';
import type { ProgressReport } from '../workbook/port';

/** What the pane is doing while the progress bar shows. */
export type ProgressStep = 'read' | 'score' | ProgressReport['step'];

/** Why an operation failed, as the pane explains it (see taskpane/errors.ts). */
export type FailureKind =
  | 'sheet-not-found'
  | 'read-failed'
  | 'write-failed'
  | 'unsupported'
  | 'settings-load'
  | 'settings-save'
  | 'unexpected';

export interface FailureText {
  title: string;
  /** What the user can do about it. */
  action: string;
}

export interface UiStrings {
  appTitle: string;
  appSubtitle: string;
  previewBanner: string;
  previewDetail: string;
  loading: string;

  sheetSection: string;
  sheetLabel: string;
  sheetHintActive: string;
  sheetHintPick: string;
  sheetHintNone: string;
  sheetReload: string;
  noSheets: string;
  reading: string;

  foundTitle: string;
  foundUnits: string;
  foundComponents: string;
  foundCriteria: string;
  foundMaxTotal: string;
  foundGroups: string;
  foundSelfScores: string;
  foundNotScorable: (errors: number) => string;
  foundCounts: (errors: number, warnings: number) => string;

  validate: string;
  validating: string;
  findingsTitle: string;
  noFindings: string;
  errorsHeading: (n: number) => string;
  warningsHeading: (n: number) => string;
  goToCell: (cell: string) => string;
  showMore: (n: number) => string;

  optionsTitle: string;
  rankingLabel: string;
  rankingDense: string;
  rankingCompetition: string;
  naLabel: string;
  naFull: string;
  naExclude: string;
  bandsLabel: string;
  bandMin: (grade: string) => string;
  bandsInvalid: string;
  decimalsLabel: string;
  tablesLangLabel: string;
  langVi: string;
  langEn: string;
  decisionTitle: string;
  issuingBody: string;
  issuingBodyPlaceholder: string;
  decisionNumber: string;
  decisionNumberPlaceholder: string;
  decisionDate: string;
  decisionDatePlaceholder: string;
  year: string;
  yearPlaceholder: string;
  yearInvalid: string;
  rankedGroup: string;
  rankedGroupPlaceholder: string;
  saveOptions: string;
  resetOptions: string;
  optionsSaved: string;
  optionsLoaded: string;
  optionsIgnored: string;

  generate: string;
  generating: string;
  progressStep: Record<ProgressStep, string>;
  generateBlocked: (errors: number) => string;
  generateNeedsSheet: string;
  doneTitle: string;
  unitsRanked: (n: number) => string;
  topUnits: string;
  groupHeading: (group: string) => string;
  rankLine: (rank: number, name: string, total: string, index: string) => string;
  gradeCounts: string;
  gradeCount: (grade: string, n: number) => string;
  writtenSheets: string;
  openSheet: (name: string) => string;
  renamed: (wanted: string, actual: string) => string;
  replaced: string;

  failures: Record<FailureKind, FailureText>;
  detailLabel: string;
  copyDetail: string;
  copied: string;
  copyFailed: string;
  dismiss: string;
  retry: string;
  boundaryTitle: string;
  boundaryAction: string;
  notInExcel: string;
}

const vi: UiStrings = {
  appTitle: 'Chỉ số CCHC',
  appSubtitle: 'Kiểm tra bảng chấm điểm và tạo bảng xếp hạng',
  previewBanner: 'Bản xem thử / Preview',
  previewDetail: 'Đang chạy ngoài Excel, trên sổ tính mẫu (Thanh Trì 2021). Dữ liệu không được gửi đi đâu.',
  loading: 'Đang mở sổ tính…',

  sheetSection: 'Bảng chấm điểm',
  sheetLabel: 'Trang tính chứa bảng chấm điểm',
  sheetHintActive: 'Dùng trang tính đang mở.',
  sheetHintPick: 'Trang tính đang mở không có dòng tiêu đề STT. Hãy chọn trang tính chứa bảng chấm điểm.',
  sheetHintNone: 'Không trang tính nào có dòng tiêu đề STT. Hãy chọn trang tính chứa bảng chấm điểm.',
  sheetReload: 'Tải lại danh sách trang tính',
  noSheets: 'Sổ tính không có trang tính nào để chấm điểm.',
  reading: 'Đang đọc trang tính…',

  foundTitle: 'Đã tìm thấy',
  foundUnits: 'Đơn vị',
  foundComponents: 'Lĩnh vực',
  foundCriteria: 'Tiêu chí',
  foundMaxTotal: 'Tổng điểm tối đa',
  foundGroups: 'Khối xếp hạng',
  foundSelfScores: 'Có điểm tự đánh giá và điểm thẩm định',
  foundNotScorable: (n) => `Chưa tính được điểm: bảng còn ${n} lỗi. Bấm “Kiểm tra” để xem và sửa.`,
  foundCounts: (e, w) => `${e} lỗi, ${w} cảnh báo`,

  validate: 'Kiểm tra',
  validating: 'Đang kiểm tra…',
  findingsTitle: 'Kết quả kiểm tra',
  noFindings: 'Không có lỗi hay cảnh báo nào. Bảng chấm điểm đã sẵn sàng để xếp hạng.',
  errorsHeading: (n) => `Lỗi (${n}): phải sửa trước khi xếp hạng`,
  warningsHeading: (n) => `Cảnh báo (${n})`,
  goToCell: (cell) => `Đến ô ${cell}`,
  showMore: (n) => `Xem thêm ${n} mục`,

  optionsTitle: 'Tùy chọn',
  rankingLabel: 'Cách xếp hạng',
  rankingDense: 'Liền hạng: 1, 2, 2, 3 (như “xếp hạng 9/19 hạng”)',
  rankingCompetition: 'Như hàm RANK.EQ: 1, 2, 2, 4',
  naLabel: 'Tiêu chí không phát sinh (KPS)',
  naFull: 'Đơn vị được điểm tối đa của tiêu chí',
  naExclude: 'Không tính tiêu chí vào điểm tối đa của đơn vị',
  bandsLabel: 'Xếp loại theo chỉ số (%): mức tối thiểu',
  bandMin: (grade) => `${grade} từ`,
  bandsInvalid: 'Các mức phải là số từ 0 đến 100, giảm dần từ loại cao xuống loại thấp.',
  decimalsLabel: 'Số chữ số thập phân của tổng điểm và chỉ số',
  tablesLangLabel: 'Ngôn ngữ của bảng kết quả',
  langVi: 'Tiếng Việt',
  langEn: 'Tiếng Anh (English)',
  decisionTitle: 'Thông tin quyết định (tiêu đề phụ lục)',
  issuingBody: 'Cơ quan ban hành',
  issuingBodyPlaceholder: 'Ví dụ: UBND HUYỆN THANH TRÌ',
  decisionNumber: 'Số quyết định',
  decisionNumberPlaceholder: 'Ví dụ: 1234/QĐ-UBND',
  decisionDate: 'Ngày quyết định',
  decisionDatePlaceholder: 'Ví dụ: 15/01/2022',
  year: 'Năm đánh giá',
  yearPlaceholder: 'Ví dụ: 2021',
  yearInvalid: 'Năm phải là số có 4 chữ số, ví dụ 2021.',
  rankedGroup: 'Đối tượng xếp hạng',
  rankedGroupPlaceholder: 'Ví dụ: UBND các xã, thị trấn',
  saveOptions: 'Lưu tùy chọn vào sổ tính',
  resetOptions: 'Khôi phục mặc định',
  optionsSaved: 'Đã lưu tùy chọn vào sổ tính; người mở sổ tính sau sẽ thấy cùng tùy chọn.',
  optionsLoaded: 'Đã dùng tùy chọn lưu trong sổ tính.',
  optionsIgnored: 'Tùy chọn lưu trong sổ tính không đọc được nên đã dùng mặc định.',

  generate: 'Tạo bảng xếp hạng',
  generating: 'Đang tạo bảng xếp hạng…',
  progressStep: {
    read: 'Đang đọc lại bảng chấm điểm',
    score: 'Đang tính điểm, xếp hạng, xếp loại',
    clear: 'Đang xoá bảng kết quả cũ',
    write: 'Đang ghi bảng kết quả',
    format: 'Đang định dạng bảng',
    done: 'Xong',
  },
  generateBlocked: (n) => `Chưa tạo bảng: bảng chấm điểm còn ${n} lỗi. Sửa các ô nêu dưới đây rồi bấm lại “Tạo bảng xếp hạng”.`,
  generateNeedsSheet: 'Hãy chọn bảng chấm điểm trước.',
  doneTitle: 'Đã tạo bảng xếp hạng',
  unitsRanked: (n) => `${n} đơn vị được xếp hạng.`,
  topUnits: 'Dẫn đầu',
  groupHeading: (g) => `Khối: ${g}`,
  rankLine: (rank, name, total, index) => `Hạng ${rank}: ${name}, ${total} điểm (${index}%)`,
  gradeCounts: 'Số đơn vị theo xếp loại',
  gradeCount: (grade, n) => `${grade}: ${n}`,
  writtenSheets: 'Các trang tính đã ghi',
  openSheet: (name) => `Mở trang “${name}”`,
  renamed: (wanted, actual) => `Sổ tính đã có trang “${wanted}” do người dùng tạo, nên kết quả được ghi vào trang “${actual}”. Trang của bạn không bị thay đổi.`,
  replaced: 'Bảng kết quả của lần chạy trước đã được thay bằng bảng mới.',

  failures: {
    'sheet-not-found': {
      title: 'Không tìm thấy trang tính',
      action: 'Có thể trang tính vừa bị đổi tên hoặc xoá. Bấm “Tải lại danh sách trang tính” rồi chọn lại bảng chấm điểm.',
    },
    'read-failed': {
      title: 'Không đọc được trang tính',
      action: 'Thoát chế độ sửa ô (nhấn Enter hoặc Esc trong Excel) rồi thử lại. Nếu vẫn lỗi, lưu sổ tính, đóng và mở lại.',
    },
    'write-failed': {
      title: 'Không ghi được bảng kết quả',
      action: 'Thoát chế độ sửa ô, kiểm tra sổ tính không bị khoá hay bảo vệ, rồi bấm lại “Tạo bảng xếp hạng”. Bảng chấm điểm của bạn không bị thay đổi.',
    },
    unsupported: {
      title: 'Phiên bản Excel này chưa hỗ trợ thao tác này',
      action: 'Hãy cập nhật Excel (Microsoft 365, Excel 2019 trở lên, hoặc Excel trên web) rồi thử lại.',
    },
    'settings-load': {
      title: 'Không đọc được tùy chọn đã lưu',
      action: 'Ngăn tác vụ dùng tùy chọn mặc định. Chọn lại tùy chọn và bấm “Lưu tùy chọn vào sổ tính”.',
    },
    'settings-save': {
      title: 'Không lưu được tùy chọn vào sổ tính',
      action: 'Tùy chọn vẫn được dùng cho lần xếp hạng này. Kiểm tra sổ tính không ở chế độ chỉ đọc rồi bấm lưu lại.',
    },
    unexpected: {
      title: 'Đã xảy ra lỗi không mong muốn',
      action: 'Bấm thử lại. Nếu vẫn lỗi, sao chép chi tiết bên dưới và gửi cho người hỗ trợ.',
    },
  },
  detailLabel: 'Chi tiết kỹ thuật (để gửi người hỗ trợ)',
  copyDetail: 'Sao chép chi tiết',
  copied: 'Đã sao chép chi tiết.',
  copyFailed: 'Không sao chép tự động được; hãy chọn nội dung ô chi tiết và nhấn Ctrl+C.',
  dismiss: 'Đóng thông báo',
  retry: 'Thử lại',
  boundaryTitle: 'Ngăn tác vụ gặp lỗi không mong muốn',
  boundaryAction: 'Bấm “Thử lại” để tiếp tục. Nếu vẫn lỗi, đóng và mở lại ngăn tác vụ, rồi gửi chi tiết bên dưới cho người hỗ trợ.',
  notInExcel: 'Trang này là ngăn tác vụ của Excel. Hãy mở nó trong Excel (thẻ Trang đầu > Xếp hạng CCHC), hoặc mở preview.html để xem thử.',
};

const en: UiStrings = {
  appTitle: 'PAR Index',
  appSubtitle: 'Check the scoring sheet and create the ranking tables',
  previewBanner: 'Bản xem thử / Preview',
  previewDetail: 'Running outside Excel on the sample workbook (Thanh Trì 2021). No data is sent anywhere.',
  loading: 'Opening the workbook…',

  sheetSection: 'Scoring sheet',
  sheetLabel: 'Worksheet with the scoring table',
  sheetHintActive: 'Using the active sheet.',
  sheetHintPick: 'The active sheet has no STT header row. Choose the sheet that holds the scoring table.',
  sheetHintNone: 'No sheet has an STT header row. Choose the sheet that holds the scoring table.',
  sheetReload: 'Reload the sheet list',
  noSheets: 'The workbook has no sheet to score.',
  reading: 'Reading the sheet…',

  foundTitle: 'Found',
  foundUnits: 'Units',
  foundComponents: 'Components',
  foundCriteria: 'Criteria',
  foundMaxTotal: 'Maximum total',
  foundGroups: 'Ranking groups',
  foundSelfScores: 'Has self-assessed and appraised scores',
  foundNotScorable: (n) => `Cannot score yet: the sheet has ${n} errors. Press “Check” to see and fix them.`,
  foundCounts: (e, w) => `${e} errors, ${w} warnings`,

  validate: 'Check',
  validating: 'Checking…',
  findingsTitle: 'Check results',
  noFindings: 'No errors or warnings. The scoring sheet is ready to rank.',
  errorsHeading: (n) => `Errors (${n}): fix them before ranking`,
  warningsHeading: (n) => `Warnings (${n})`,
  goToCell: (cell) => `Go to cell ${cell}`,
  showMore: (n) => `Show ${n} more`,

  optionsTitle: 'Options',
  rankingLabel: 'Ranking method',
  rankingDense: 'Dense: 1, 2, 2, 3 (as in “rank 9 of 19 levels”)',
  rankingCompetition: 'As Excel’s RANK.EQ: 1, 2, 2, 4',
  naLabel: 'Not applicable criteria (KPS)',
  naFull: 'The unit gets the criterion’s max',
  naExclude: 'Leave the criterion out of the unit’s max',
  bandsLabel: 'Grades by index (%): minimum',
  bandMin: (grade) => `${grade} from`,
  bandsInvalid: 'Minimums must be numbers from 0 to 100, decreasing from the highest grade to the lowest.',
  decimalsLabel: 'Decimals of totals and indices',
  tablesLangLabel: 'Language of the result tables',
  langVi: 'Vietnamese (Tiếng Việt)',
  langEn: 'English',
  decisionTitle: 'Decision details (appendix heading)',
  issuingBody: 'Issuing body',
  issuingBodyPlaceholder: 'e.g. UBND HUYỆN THANH TRÌ',
  decisionNumber: 'Decision number',
  decisionNumberPlaceholder: 'e.g. 1234/QĐ-UBND',
  decisionDate: 'Decision date',
  decisionDatePlaceholder: 'e.g. 15/01/2022',
  year: 'Year assessed',
  yearPlaceholder: 'e.g. 2021',
  yearInvalid: 'The year must be a 4-digit number, e.g. 2021.',
  rankedGroup: 'Ranked group',
  rankedGroupPlaceholder: 'e.g. UBND các xã, thị trấn',
  saveOptions: 'Save options in the workbook',
  resetOptions: 'Restore defaults',
  optionsSaved: 'Options saved in the workbook; the next reviewer will see the same choices.',
  optionsLoaded: 'Using the options saved in the workbook.',
  optionsIgnored: 'The options saved in the workbook could not be read, so the defaults are used.',

  generate: 'Create ranking tables',
  generating: 'Creating the ranking tables…',
  progressStep: {
    read: 'Reading the scoring sheet again',
    score: 'Scoring, ranking and grading',
    clear: 'Clearing the previous result tables',
    write: 'Writing the result tables',
    format: 'Formatting the tables',
    done: 'Done',
  },
  generateBlocked: (n) => `No tables created: the scoring sheet has ${n} errors. Fix the cells listed below, then press “Create ranking tables” again.`,
  generateNeedsSheet: 'Choose the scoring sheet first.',
  doneTitle: 'Ranking tables created',
  unitsRanked: (n) => `${n} units ranked.`,
  topUnits: 'Top units',
  groupHeading: (g) => `Group: ${g}`,
  rankLine: (rank, name, total, index) => `Rank ${rank}: ${name}, ${total} points (${index}%)`,
  gradeCounts: 'Units by grade',
  gradeCount: (grade, n) => `${grade}: ${n}`,
  writtenSheets: 'Sheets written',
  openSheet: (name) => `Open “${name}”`,
  renamed: (wanted, actual) => `The workbook already has a sheet “${wanted}” made by a user, so the results were written to “${actual}”. Your sheet was not changed.`,
  replaced: 'The result tables of the previous run were replaced by the new ones.',

  failures: {
    'sheet-not-found': {
      title: 'Sheet not found',
      action: 'The sheet may have just been renamed or deleted. Press “Reload the sheet list” and choose the scoring sheet again.',
    },
    'read-failed': {
      title: 'Could not read the sheet',
      action: 'Leave cell editing mode (press Enter or Esc in Excel) and try again. If it still fails, save, close and reopen the workbook.',
    },
    'write-failed': {
      title: 'Could not write the result tables',
      action: 'Leave cell editing mode, make sure the workbook is not locked or protected, then press “Create ranking tables” again. Your scoring sheet was not changed.',
    },
    unsupported: {
      title: 'This version of Excel does not support this',
      action: 'Update Excel (Microsoft 365, Excel 2019 or later, or Excel on the web) and try again.',
    },
    'settings-load': {
      title: 'Could not read the saved options',
      action: 'The pane uses the default options. Choose your options and press “Save options in the workbook”.',
    },
    'settings-save': {
      title: 'Could not save the options in the workbook',
      action: 'The options are still used for this ranking. Make sure the workbook is not read-only and save again.',
    },
    unexpected: {
      title: 'Something unexpected went wrong',
      action: 'Try again. If it still fails, copy the details below and send them to your support contact.',
    },
  },
  detailLabel: 'Technical details (for your support contact)',
  copyDetail: 'Copy details',
  copied: 'Details copied.',
  copyFailed: 'Could not copy automatically; select the text in the details box and press Ctrl+C.',
  dismiss: 'Dismiss',
  retry: 'Try again',
  boundaryTitle: 'The task pane hit an unexpected error',
  boundaryAction: 'Press “Try again” to go on. If it keeps failing, close and reopen the task pane, and send the details below to your support contact.',
  notInExcel: 'This page is an Excel task pane. Open it in Excel (Home tab > PAR ranking), or open preview.html to try it out.',
};

const CATALOGUES: Record<Lang, UiStrings> = { vi, en };

export function uiStrings(lang: Lang): UiStrings {
  return CATALOGUES[lang];
}

/**
 * Vietnamese by default and when Office's display language is Vietnamese ("vi", "vi-VN");
 * English when Office reports another language.
 */
export function langFromDisplayLanguage(displayLanguage: string | undefined | null): Lang {
  const tag = (displayLanguage ?? '').trim();
  if (tag === '') return 'vi';
  return /^vi(-|_|$)/i.test(tag) ? 'vi' : 'en';
}
