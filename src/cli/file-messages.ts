/**
 * What the command line says when a file cannot be read or written: one sentence per problem,
 * naming the file and saying what to do, Vietnamese first (English with --lang en). A library's
 * own words never appear here: they are the failure's detail, shown only with --verbose.
 */
import type { Lang } from '../engine/types';
import type { LostFeature } from '../workbook/legacy';

export type ReadProblem =
  | 'missing' | 'not-a-file' | 'no-permission' | 'in-use' | 'empty' | 'not-a-workbook' | 'text'
  | 'cut-off' | 'corrupt' | 'encrypted' | 'strict' | 'unsupported';

export type WriteProblem = 'folder-not-writable' | 'disk-full' | 'in-use' | 'failed';


const READ_VI: Record<ReadProblem, (f: string) => string> = {
  missing: (f) => `Không tìm thấy tệp ${f}. Hãy kiểm tra đường dẫn và tên tệp.`,
  'not-a-file': (f) => `${f} là một thư mục, không phải tệp bảng tính. Hãy chỉ đến một tệp .xlsx, .xlsm, .xls hoặc .ods.`,
  'no-permission': (f) => `Không có quyền đọc tệp ${f}. Hãy kiểm tra quyền truy cập, hoặc chép tệp vào thư mục của bạn rồi chạy lại.`,
  'in-use': (f) => `Tệp ${f} đang bị một chương trình khác khóa. Hãy đóng tệp trong Excel hoặc LibreOffice rồi chạy lại.`,
  empty: (f) => `Tệp ${f} rỗng (0 byte): có thể tệp chưa được lưu xong hoặc bị chép hỏng. Hãy lấy lại bản gốc.`,
  'not-a-workbook': (f) => `Tệp ${f} không phải là sổ tính (.xlsx, .xlsm, .xls, .ods). Hãy mở tệp bằng Excel hoặc LibreOffice và lưu thành .xlsx.`,
  text: (f) => `Tệp ${f} là tệp văn bản (CSV hoặc tương tự), không phải sổ tính. Hãy mở tệp bằng Excel hoặc LibreOffice và lưu thành .xlsx.`,
  'cut-off': (f) => `Tệp ${f} bị cắt cụt (chép hoặc tải về chưa hết). Hãy lấy lại bản đầy đủ, hoặc mở bằng Excel (Mở và Sửa chữa) rồi lưu lại.`,
  corrupt: (f) => `Tệp ${f} bị hỏng, không đọc được. Hãy lấy lại bản gốc, hoặc mở bằng Excel (Mở và Sửa chữa) rồi lưu lại.`,
  encrypted: (f) => `Tệp ${f} được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi chạy lại.`,
  strict: (f) => `Tệp ${f} được lưu ở định dạng "Strict Open XML", chương trình chưa đọc được. Hãy mở bằng Excel và lưu lại dưới dạng "Sổ làm việc Excel (*.xlsx)".`,
  unsupported: (f) => `Tệp ${f} dùng một cách nén hoặc định dạng chương trình chưa đọc được. Hãy mở bằng Excel hoặc LibreOffice và lưu lại thành .xlsx.`,
};

const READ_EN: Record<ReadProblem, (f: string) => string> = {
  missing: (f) => `File ${f} not found. Check the path and the file name.`,
  'not-a-file': (f) => `${f} is a folder, not a spreadsheet file. Point to an .xlsx, .xlsm, .xls or .ods file.`,
  'no-permission': (f) => `No permission to read ${f}. Check its access rights, or copy it to a folder of yours and run again.`,
  'in-use': (f) => `${f} is locked by another program. Close it in Excel or LibreOffice and run again.`,
  empty: (f) => `${f} is empty (0 bytes): it may not have been saved completely or was damaged when copied. Get the original again.`,
  'not-a-workbook': (f) => `${f} is not a workbook (.xlsx, .xlsm, .xls, .ods). Open it in Excel or LibreOffice and save it as .xlsx.`,
  text: (f) => `${f} is a text file (CSV or similar), not a workbook. Open it in Excel or LibreOffice and save it as .xlsx.`,
  'cut-off': (f) => `${f} is cut off (copied or downloaded incompletely). Get the whole file again, or open it in Excel (Open and Repair) and save it.`,
  corrupt: (f) => `${f} is damaged and cannot be read. Get the original again, or open it in Excel (Open and Repair) and save it.`,
  encrypted: (f) => `${f} is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it), save and run again.`,
  strict: (f) => `${f} is saved as "Strict Open XML", which cannot be read yet. Open it in Excel and save it as "Excel Workbook (*.xlsx)".`,
  unsupported: (f) => `${f} uses a compression or format that cannot be read. Open it in Excel or LibreOffice and save it as .xlsx.`,
};

const WRITE_VI: Record<WriteProblem, (f: string, dir: string, flag: string) => string> = {
  'folder-not-writable': (f, dir, flag) => `Không ghi được ${f}: không có quyền ghi vào thư mục ${dir}. Hãy chọn thư mục khác bằng ${flag}; tệp đầu vào không bị thay đổi.`,
  'disk-full': (f, _dir, flag) => `Không ghi được ${f}: ổ đĩa đã đầy. Hãy giải phóng dung lượng hoặc chọn ổ khác bằng ${flag}; tệp đầu vào không bị thay đổi.`,
  'in-use': (f, _dir, flag) => `Không ghi được ${f}: tệp đang được mở trong chương trình khác. Hãy đóng tệp hoặc chọn tên khác bằng ${flag}.`,
  failed: (f, _dir, flag) => `Không ghi được ${f}. Hãy kiểm tra thư mục và dung lượng đĩa, hoặc chọn nơi khác bằng ${flag}; tệp đầu vào không bị thay đổi.`,
};

const WRITE_EN: Record<WriteProblem, (f: string, dir: string, flag: string) => string> = {
  'folder-not-writable': (f, dir, flag) => `Cannot write ${f}: no permission to write in ${dir}. Choose another folder with ${flag}; the input is unchanged.`,
  'disk-full': (f, _dir, flag) => `Cannot write ${f}: the disk is full. Free some space or choose another disk with ${flag}; the input is unchanged.`,
  'in-use': (f, _dir, flag) => `Cannot write ${f}: it is open in another program. Close it or choose another name with ${flag}.`,
  failed: (f, _dir, flag) => `Cannot write ${f}. Check the folder and the free disk space, or choose another place with ${flag}; the input is unchanged.`,
};

const NOT_CARRIED: Record<Lang, Record<LostFeature, string>> = {
  vi: {
    formulas: 'công thức (chỉ giữ giá trị)', formats: 'định dạng ô (phông chữ, màu, viền, độ rộng cột)', charts: 'biểu đồ',
    images: 'hình ảnh', shapes: 'hình vẽ', controls: 'nút điều khiển', comments: 'chú thích ô',
    'conditional-formats': 'định dạng có điều kiện', 'data-validation': 'quy tắc nhập liệu (data validation)',
    names: 'tên vùng (defined names)', hyperlinks: 'liên kết', 'pivot-tables': 'bảng tổng hợp (pivot)', filters: 'bộ lọc',
    protection: 'khóa bảo vệ', macros: 'macro',
  },
  en: {
    formulas: 'formulas (values kept)', formats: 'cell formats (fonts, colours, borders, column widths)', charts: 'charts',
    images: 'images', shapes: 'shapes', controls: 'form controls', comments: 'cell comments',
    'conditional-formats': 'conditional formatting', 'data-validation': 'data validation', names: 'defined names',
    hyperlinks: 'hyperlinks', 'pivot-tables': 'pivot tables', filters: 'filters', protection: 'protection', macros: 'macros',
  },
};

export function readProblemText(problem: ReadProblem, file: string, lang: Lang): string {
  return (lang === 'vi' ? READ_VI : READ_EN)[problem](file);
}

/** `flag`: the option that names the file, to choose another place with (--out; --docx for the Word document). */
export function writeProblemText(problem: WriteProblem, file: string, dir: string, lang: Lang, flag = '--out'): string {
  return (lang === 'vi' ? WRITE_VI : WRITE_EN)[problem](file, dir, flag);
}

/** "Tệp cũ … được ghi sang tệp .xlsx mới …; không chép sang: …". */
export function legacyCopyText(input: string, out: string, kind: 'xls' | 'ods', notCarried: readonly LostFeature[], lang: Lang): string {
  const lost = notCarried.map((k) => NOT_CARRIED[lang][k]);
  if (lang === 'vi') {
    return `Tệp ${input} (.${kind}) được đọc; kết quả được ghi vào tệp .xlsx mới ${out}, gồm giá trị các ô và ô gộp của các trang cùng các bảng xếp hạng.` +
      (lost.length ? ` Không chép sang tệp mới: ${lost.join(', ')}.` : '') + ' Tệp gốc không bị thay đổi.';
  }
  return `${input} (.${kind}) was read; the result is written to a new .xlsx file ${out}, with the sheets' cell values and merged cells and the ranking tables.` +
    (lost.length ? ` Not carried over: ${lost.join(', ')}.` : '') + ' The original file is unchanged.';
}

/** A workbook with macros written under another extension would lose them (Excel refuses macros in .xlsx). */
export function macroExtensionText(out: string, lang: Lang): string {
  return lang === 'vi'
    ? `Tệp đầu vào có macro (.xlsm): tệp kết quả ${out} phải có đuôi .xlsm để giữ macro. Hãy đặt --out với đuôi .xlsm.`
    : `The input has macros (.xlsm): the output ${out} must end in .xlsm to keep them. Give --out a name ending in .xlsm.`;
}

/** Where the technical detail goes: only with --verbose. */
export function detailText(detail: string, lang: Lang): string {
  return lang === 'vi' ? `Chi tiết kỹ thuật: ${detail}` : `Technical detail: ${detail}`;
}
