/**
 * What each finding says, in Vietnamese and English: what is wrong and what to do.
 * The cell is not part of the message; `findingLine` prefixes it ("Sheet!M24: ...").
 */
import type { Finding, FormulaProblem, OtherSum, RuleData, RuleId } from '../engine/findings';
import type { Lang } from '../engine/types';
import { becauseOf, CAUSE_WORDS, cellsOf } from './finding-causes';
import { formatNumber } from './format';

/** The other accepted sum over not-applicable criteria, when there is one: "; hoặc 2,5 nếu tính tiêu chí KPS bằng 0". */
const otherVi = (o: OtherSum | undefined, n: (x: number) => string): string =>
  o ? `; hoặc ${n(o.computed)} nếu tính tiêu chí không phát sinh (KPS) bằng ${o.kpsAs === 'zero' ? '0' : 'điểm tối đa'}` : '';
const otherEn = (o: OtherSum | undefined, n: (x: number) => string): string =>
  o ? `; or ${n(o.computed)} counting not-applicable (KPS) criteria as ${o.kpsAs === 'zero' ? '0' : 'their max'}` : '';

/** The layouts a user may state, as 'no-layout' names them. */
const LAYOUT_VI = { 'criteria-as-rows': 'tiêu chí theo hàng', 'units-as-rows': 'đơn vị theo hàng', 'sheet-per-unit': 'mỗi sheet một đơn vị' } as const;
const LAYOUT_EN = { 'criteria-as-rows': 'criteria as rows', 'units-as-rows': 'units as rows', 'sheet-per-unit': 'one sheet per unit' } as const;

/** A formula as it reads in a message: "=D7+D8", cut after 60 characters. */
const formulaText = (f: string): string => `=${f.length > 60 ? `${f.slice(0, 60)}…` : f}`;

/** The cell a formula without a value is in: a unit's score, or (no unit) the criterion's max. */
const cellOfVi = (d: { unit: string | null }, c: string): string =>
  d.unit === null ? `Điểm tối đa của tiêu chí ${c}` : `${d.unit}: ô điểm của tiêu chí ${c}`;
const cellOfEn = (d: { unit: string | null }, c: string): string =>
  d.unit === null ? `The max of criterion ${c}` : `${d.unit}: the score of criterion ${c}`;

/** Why a formula stored without its value cannot be calculated. */
const REASON_VI: { [K in FormulaProblem['reason']]: (detail: string) => string } = {
  unsupported: (x) => `công thức dùng ${x}, chương trình chỉ tính được phép cộng, phép trừ, hàm SUM và ROUND`,
  'other-sheet': (x) => `công thức lấy số từ sheet "${x}"`,
  input: (x) => `ô ${x} mà công thức dùng không có giá trị số`,
  cycle: (x) => `công thức tham chiếu vòng qua ô ${x}`,
  syntax: (x) => `không đọc được công thức${x ? ` (ở "${x}")` : ''}`,
};
const REASON_EN: { [K in FormulaProblem['reason']]: (detail: string) => string } = {
  unsupported: (x) => `it uses ${x}; only addition, subtraction, SUM and ROUND are calculated`,
  'other-sheet': (x) => `it takes a number from sheet "${x}"`,
  input: (x) => `cell ${x}, which it uses, holds no number`,
  cycle: (x) => `its references loop back through ${x}`,
  syntax: (x) => `it cannot be read${x ? ` (at "${x}")` : ''}`,
};

/** What a message says beside its rule's data: the criterion, and the cause links (causes.ts). */
interface Said {
  /** The criterion: "1.1.a (Ban hành kế hoạch kịp thời)", or its code alone when unknown. */
  c: string;
  /**
   * The end of a message other findings may explain: ". <advice>" on its own, or ", probably
   * because <cause>. <fix the cause first>" when explained.
   */
  end: (advice: string) => string;
  /** On a cause: the cells of the findings it explains ("D6, D5, D55"); '' otherwise. */
  sums: string;
}

type Render<R extends RuleId> = (d: RuleData[R], n: (x: number) => string, x: Said) => string;
type Catalogue = { [R in RuleId]: Render<R> };

const vi: Catalogue = {
  'no-header': (d) => `Không tìm thấy dòng tiêu đề có cột STT trong ${d.scannedRows} dòng đầu. Hãy thêm một ô "STT" ở đầu cột mã tiêu chí, trên dòng có "Điểm tối đa" và tên các đơn vị.`,
  'no-layout': (d) => `${d.stated === null ? `Không nhận ra bảng chấm điểm nào trong ${d.sheets} sheet` : `Không đọc được bảng theo bố cục đã khai báo (${LAYOUT_VI[d.stated]})`}. Đã tìm: tiêu chí theo hàng (dòng tiêu đề có ô "STT", cột "Điểm tối đa" và tên các đơn vị bên phải); đơn vị theo hàng (dòng tiêu đề có "STT", cột "Tên đơn vị" và các cột lĩnh vực "I. …", "II. …"); mỗi sheet một đơn vị (cột "Điểm tối đa" và "Điểm tự đánh giá"/"Điểm thẩm định"). Hãy khai báo bố cục (loại bảng, dòng tiêu đề, dòng hoặc cột điểm tối đa, các cột hoặc sheet là đơn vị) trong Tùy chọn hoặc bằng tham số dòng lệnh, thay vì sửa bảng.`,
  'no-max-column': () => 'Dòng tiêu đề không có cột "Điểm tối đa" (hoặc "Điểm chuẩn"). Hãy đặt tiêu đề "Điểm tối đa" cho cột điểm tối đa.',
  'no-name-column': () => 'Dòng tiêu đề không có cột tên tiêu chí ngay bên phải cột STT. Hãy đặt tiêu đề cho cột nội dung tiêu chí.',
  'summary-column': (d) => `Cột "${d.header}" là cột tổng hợp, không phải một đơn vị; cột này không được chấm và xếp hạng. Nếu đây là tên một đơn vị, hãy ghi đầy đủ tên (ví dụ "Xã ${d.header}").`,
  'no-unit-column': () => 'Không có cột đơn vị nào có điểm bên phải cột "Điểm tối đa". Hãy ghi tên mỗi đơn vị ở dòng tiêu đề và nhập điểm của đơn vị.',
  'no-criteria': () => 'Không tìm thấy tiêu chí nào (mã 1, 1.1, I, a...) dưới dòng tiêu đề. Hãy ghi mã tiêu chí ở cột STT.',
  'invalid-code': (d) => d.code === ''
    ? 'Dòng có điểm tối đa nhưng không có mã tiêu chí. Hãy ghi mã (1, 1.1, I, a...) ở cột STT, hoặc xoá điểm tối đa nếu đây là dòng ghi chú.'
    : `Mã tiêu chí "${d.code}" không đúng dạng (1, 1.1, 1.1.1, I, a, a)). Hãy sửa lại mã.`,
  'duplicate-code': (d, _n, x) => `Mã tiêu chí ${x.c} bị trùng với ô ${d.firstCell}. Hãy sửa để mỗi tiêu chí có một mã riêng.`,
  'duplicate-unit': (d) => `Tên đơn vị "${d.unit}" bị trùng với ô ${d.firstCell}. Hãy đặt tên khác nhau cho mỗi đơn vị.`,
  'orphan-code': (d, _n, x) => `Tiêu chí ${x.c} không có tiêu chí cha ${d.parent} ở phía trên. Hãy thêm tiêu chí ${d.parent} hoặc sửa mã.`,
  'max-missing': (d, _n, x) => `Tiêu chí ${x.c} không có điểm tối đa hợp lệ${d.text ? ` ("${d.text}")` : ''}. Hãy nhập điểm tối đa là một số.`,
  'max-sum-mismatch': (d, n, x) => `Điểm tối đa ${n(d.max)} của tiêu chí ${x.c} khác tổng điểm tối đa các tiêu chí con (${n(d.childrenSum)})${x.end('Hãy sửa cho khớp.')}`,
  'max-total-mismatch': (d, n, x) => `Tổng điểm tối đa ${n(d.max)} khác tổng điểm tối đa các lĩnh vực (${n(d.computed)})${x.end('Hãy sửa cho khớp.')}`,
  'score-above-max': (d, n, x) => `${d.unit}: ${n(d.value)} vượt điểm tối đa ${n(d.max)} của tiêu chí ${x.c}${x.end(`Hãy nhập điểm từ 0 đến ${n(d.max)}.`)}`,
  'score-negative': (d, n, x) => `${d.unit}: điểm ${n(d.value)} của tiêu chí ${x.c} là số âm. Hãy nhập điểm từ 0 trở lên.`,
  'score-not-number': (d, _n, x) => `${d.unit}: ô điểm của tiêu chí ${x.c} chứa "${d.text}", không phải là số. Hãy nhập điểm bằng số (ví dụ 1,25) hoặc KPS nếu không phát sinh.`,
  'score-as-percent': (d, n, x) => `${d.unit}: ô điểm của tiêu chí ${x.c} ghi "${d.text}" là tỷ lệ phần trăm, không phải điểm. Hãy nhập số điểm từ 0 đến ${n(d.max)}.`,
  'unit-as-percent': (d) => `Cột của đơn vị "${d.unit}" có vẻ được nhập theo tỷ lệ phần trăm thay vì điểm: ${d.above}/${d.scored} ô điểm vượt điểm tối đa của tiêu chí, mọi giá trị đều trong khoảng 0–100. Hãy nhập số điểm, không quá điểm tối đa của từng tiêu chí.`,
  'score-error-value': (d, _n, x) => `${d.unit}: ô điểm của tiêu chí ${x.c} bị lỗi ${d.error}${x.end('Hãy sửa công thức hoặc nhập điểm bằng số.')}`,
  'formula-without-value': (d, _n, x) => d.formula !== undefined && d.problem
    ? `${cellOfVi(d, x.c)} là công thức ${formulaText(d.formula)} chưa có giá trị tính sẵn, chương trình không tự tính được (${REASON_VI[d.problem.reason](d.problem.detail)}). Mở tệp bằng Excel hoặc LibreOffice, lưu lại, rồi chạy lại.`
    : `${cellOfVi(d, x.c)} có công thức nhưng không có giá trị (công thức trả về rỗng, hoặc tệp được lưu bởi chương trình không tính công thức). Hãy sửa công thức; nếu tệp do chương trình khác tạo ra, hãy mở và lưu lại bằng Excel hoặc LibreOffice rồi chạy lại.`,
  'formulas-not-calculated': (d) => `${d.count} ô công thức chưa có giá trị tính sẵn (tệp được ghi bởi một chương trình không tính công thức, ví dụ ${d.cells.join(', ')}${d.count > d.cells.length ? ' …' : ''}): điểm tối đa, điểm tổng hợp và tổng điểm được tính lại từ các tiêu chí con${d.evaluated > 0 ? `; ${d.evaluated} ô điểm của tiêu chí được tính theo chính công thức trong ô` : ''}. Mở tệp bằng Excel hoặc LibreOffice rồi lưu lại nếu muốn giữ giá trị của chính tệp.`,
  'score-missing': (d, _n, x) => `${d.unit}: chưa có điểm của tiêu chí ${x.c}. Hãy nhập điểm (0 nếu không đạt, KPS nếu không phát sinh).`,
  'score-too-precise': (d, n, x) => `${d.unit}: điểm ${n(d.value)} của tiêu chí ${x.c} có quá 3 chữ số thập phân; dùng ${n(d.rounded)}.`,
  'number-as-text': (d, n, x) => `Số "${d.text}" được lưu dưới dạng chữ; dùng giá trị ${n(d.value)}. ${x.sums
    ? `Hàm SUM bỏ qua số dạng chữ, nên các ô tổng trên ô này (${x.sums}) không khớp dù công thức có thể đúng. Hãy nhập lại ô này dưới dạng số trước khi sửa công thức.`
    : 'Nên định dạng lại ô là số.'}`,
  'unit-empty': (d) => `Cột của đơn vị "${d.unit}" không có điểm nào; đơn vị này không được xếp hạng. Nếu cần xếp hạng, hãy nhập điểm.`,
  'subtotal-mismatch': (d, n, x) => `${d.unit}: điểm ${n(d.value)} của tiêu chí ${x.c} khác tổng các tiêu chí con (${n(d.computed)}${otherVi(d.other, n)})${x.end('Hãy sửa công thức hoặc điểm.')}`,
  'total-mismatch': (d, n, x) => `${d.unit}: tổng điểm ${n(d.value)} khác tổng điểm các lĩnh vực (${n(d.computed)}${otherVi(d.other, n)})${x.end('Hãy sửa công thức tổng.')}`,
  'not-applicable': (d, _n, x) => d.policy === 'full'
    ? `${d.unit}: tiêu chí ${x.c} không phát sinh; đơn vị được tính điểm tối đa của tiêu chí này.`
    : `${d.unit}: tiêu chí ${x.c} không phát sinh; tiêu chí này không tính vào điểm tối đa của đơn vị.`,
  'not-applicable-on-parent': (d, _n, x) => `${d.unit}: ghi "không phát sinh" ở tiêu chí ${x.c} có tiêu chí con. Hãy ghi KPS ở từng tiêu chí con.`,
  'deduction-max-positive': (d, n, x) => `Điểm tối đa ${n(d.max)} của tiêu chí ${x.c} (điểm trừ) là số dương. Hãy ghi điểm tối đa của điểm trừ là số âm (ví dụ -${n(d.max)}).`,
  'deduction-score-positive': (d, n, x) => `${d.unit}: điểm ${n(d.value)} của tiêu chí ${x.c} (điểm trừ) là số dương. Hãy ghi điểm bị trừ là số âm (ví dụ -${n(d.value)}), hoặc 0 nếu không bị trừ.`,
  'deduction-below-max': (d, n, x) => `${d.unit}: điểm trừ ${n(d.value)} của tiêu chí ${x.c} vượt mức trừ tối đa ${n(d.max)}. Hãy nhập điểm từ ${n(d.max)} đến 0.`,
  'stated-index-mismatch': (d, n) => `${d.unit}: chỉ số ${n(d.value)} ghi trong bảng khác chỉ số tính được (${n(d.computed)}%). Kết quả dùng chỉ số tính được; hãy sửa công thức chỉ số (tổng điểm / điểm tối đa × 100).`,
  'stated-max-mismatch': (d, n) => `${d.unit}: điểm tối đa của đơn vị ghi trong bảng là ${n(d.value)}, khác điểm tối đa tính được (${n(d.computed)}). Kết quả dùng ${n(d.computed)}; ${d.policy === 'full'
    ? 'tùy chọn hiện tại cho đơn vị điểm tối đa của tiêu chí không phát sinh. Nếu bảng không tính tiêu chí không phát sinh vào điểm tối đa của đơn vị, hãy chọn "Không tính tiêu chí vào điểm tối đa của đơn vị" (--not-applicable exclude).'
    : 'hãy kiểm tra các tiêu chí không phát sinh của đơn vị và sửa dòng này.'}`,
  'stated-rank-mismatch': (d) => `${d.unit}: xếp hạng ${d.value} ghi trong bảng khác xếp hạng tính được (${d.computed}${d.other !== d.computed ? `, hoặc ${d.other} theo cách xếp hạng còn lại` : ''}). Kết quả dùng xếp hạng tính được; hãy sửa công thức xếp hạng.`,
  'stated-grade-mismatch': (d) => `${d.unit}: xếp loại "${d.value}" ghi trong bảng khác xếp loại theo chỉ số (${d.computed}). Kết quả dùng xếp loại ${d.computed}; hãy sửa dòng xếp loại.`,
};

const en: Catalogue = {
  'no-header': (d) => `No header row with an STT column in the first ${d.scannedRows} rows. Put "STT" at the top of the criterion code column, on the row with "Điểm tối đa" and the unit names.`,
  'no-layout': (d) => `${d.stated === null ? `No scoring table found in ${d.sheets} sheet(s)` : `The sheet cannot be read in the layout stated (${LAYOUT_EN[d.stated]})`}. Looked for: criteria as rows (a header row with an "STT" cell, a "Điểm tối đa" column and the units' names to its right); units as rows (a header row with "STT", a "Tên đơn vị" column and component columns "I. …", "II. …"); one sheet per unit ("Điểm tối đa" and "Điểm tự đánh giá"/"Điểm thẩm định" columns). State the layout (kind, header row, max row or column, which columns or sheets are units) in the Options or with the command line's flags instead of editing the sheet.`,
  'no-max-column': () => 'The header row has no "Điểm tối đa" (max points) column. Title the max column "Điểm tối đa".',
  'no-name-column': () => 'The header row has no criterion name column right of STT. Give the criterion column a header.',
  'summary-column': (d) => `Column "${d.header}" is a summary column, not a unit; it is not scored or ranked. If it is a unit's name, write it in full (e.g. "Xã ${d.header}").`,
  'no-unit-column': () => 'No unit column with scores right of "Điểm tối đa". Put each unit\'s name in the header row and enter its scores.',
  'no-criteria': () => 'No criteria (codes 1, 1.1, I, a...) under the header row. Enter the criterion codes in the STT column.',
  'invalid-code': (d) => d.code === ''
    ? 'A row has a max but no criterion code. Enter a code (1, 1.1, I, a...) in the STT column, or clear the max if it is a note.'
    : `Criterion code "${d.code}" is not a valid code (1, 1.1, 1.1.1, I, a, a)). Correct it.`,
  'duplicate-code': (d, _n, x) => `Criterion code ${x.c} repeats the one in ${d.firstCell}. Give each criterion its own code.`,
  'duplicate-unit': (d) => `Unit name "${d.unit}" repeats the one in ${d.firstCell}. Give each unit a different name.`,
  'orphan-code': (d, _n, x) => `Criterion ${x.c} has no parent ${d.parent} above it. Add criterion ${d.parent} or correct the code.`,
  'max-missing': (d, _n, x) => `Criterion ${x.c} has no valid max${d.text ? ` ("${d.text}")` : ''}. Enter the max as a number.`,
  'max-sum-mismatch': (d, n, x) => `Max ${n(d.max)} of criterion ${x.c} differs from the sum of its children's max (${n(d.childrenSum)})${x.end('Make them agree.')}`,
  'max-total-mismatch': (d, n, x) => `Total max ${n(d.max)} differs from the sum of the components' max (${n(d.computed)})${x.end('Make them agree.')}`,
  'score-above-max': (d, n, x) => `${d.unit}: ${n(d.value)} is above the max ${n(d.max)} of criterion ${x.c}${x.end(`Enter a score from 0 to ${n(d.max)}.`)}`,
  'score-negative': (d, n, x) => `${d.unit}: score ${n(d.value)} of criterion ${x.c} is negative. Enter 0 or more.`,
  'score-not-number': (d, _n, x) => `${d.unit}: the score of criterion ${x.c} is "${d.text}", not a number. Enter a number (e.g. 1.25), or KPS if not applicable.`,
  'score-as-percent': (d, n, x) => `${d.unit}: the score of criterion ${x.c} is "${d.text}", a percentage, not points. Enter the points, from 0 to ${n(d.max)}.`,
  'unit-as-percent': (d) => `The column of unit "${d.unit}" looks typed as percentages instead of points: ${d.above} of ${d.scored} scores are above their criterion's max, all within 0–100. Enter points, at most each criterion's max.`,
  'score-error-value': (d, _n, x) => `${d.unit}: the score of criterion ${x.c} is the error ${d.error}${x.end('Fix the formula or enter a number.')}`,
  'formula-without-value': (d, _n, x) => d.formula !== undefined && d.problem
    ? `${cellOfEn(d, x.c)} is a formula ${formulaText(d.formula)} stored without its value, which this program cannot calculate (${REASON_EN[d.problem.reason](d.problem.detail)}). Open the file in Excel or LibreOffice, save it, then run again.`
    : `${cellOfEn(d, x.c)} is a formula without a value (it returns "", or the file was saved by a program that does not calculate formulas). Fix the formula; if another program made the file, open and save it in Excel or LibreOffice, then run again.`,
  'formulas-not-calculated': (d) => `${d.count === 1 ? '1 formula cell has' : `${d.count} formula cells have`} no stored value (the file was written by a program that does not calculate formulas, e.g. ${d.cells.join(', ')}${d.count > d.cells.length ? ' …' : ''}): maxima, subtotals and totals were computed from the criteria under them${d.evaluated > 0 ? `; ${d.evaluated} criterion cells were calculated from their own formulas` : ''}. Open the file in Excel or LibreOffice and save it if you want the file's own values kept.`,
  'score-missing': (d, _n, x) => `${d.unit}: criterion ${x.c} has no score. Enter a score (0 if not achieved, KPS if not applicable).`,
  'score-too-precise': (d, n, x) => `${d.unit}: score ${n(d.value)} of criterion ${x.c} has more than 3 decimals; ${n(d.rounded)} is used.`,
  'number-as-text': (d, n, x) => `The number "${d.text}" is stored as text; ${n(d.value)} is used. ${x.sums
    ? `Spreadsheet sums (SUM) skip numbers stored as text, so the sums above this cell (${x.sums}) do not add up although their formulas may be right. Re-enter this cell as a number before changing any formula.`
    : 'Format the cell as a number.'}`,
  'unit-empty': (d) => `The column of unit "${d.unit}" has no scores; the unit is not ranked. Enter its scores to rank it.`,
  'subtotal-mismatch': (d, n, x) => `${d.unit}: ${n(d.value)} for criterion ${x.c} differs from the sum of its children (${n(d.computed)}${otherEn(d.other, n)})${x.end('Fix the formula or the scores.')}`,
  'total-mismatch': (d, n, x) => `${d.unit}: total ${n(d.value)} differs from the sum of the components (${n(d.computed)}${otherEn(d.other, n)})${x.end('Fix the total formula.')}`,
  'not-applicable': (d, _n, x) => d.policy === 'full'
    ? `${d.unit}: criterion ${x.c} is not applicable; the unit gets its max.`
    : `${d.unit}: criterion ${x.c} is not applicable; it is left out of the unit's max.`,
  'not-applicable-on-parent': (d, _n, x) => `${d.unit}: "not applicable" on criterion ${x.c}, which has sub-criteria. Mark each sub-criterion KPS instead.`,
  'deduction-max-positive': (d, n, x) => `Max ${n(d.max)} of criterion ${x.c}, a deduction, is positive. Write a deduction's max as a negative number (e.g. -${n(d.max)}).`,
  'deduction-score-positive': (d, n, x) => `${d.unit}: ${n(d.value)} for criterion ${x.c}, a deduction, is positive. Write the points deducted as a negative number (e.g. -${n(d.value)}), or 0 if none.`,
  'deduction-below-max': (d, n, x) => `${d.unit}: deduction ${n(d.value)} for criterion ${x.c} is beyond its max ${n(d.max)}. Enter a value from ${n(d.max)} to 0.`,
  'stated-index-mismatch': (d, n) => `${d.unit}: the index ${n(d.value)} in the sheet differs from the computed index (${n(d.computed)}%). The computed index is used; fix the index formula (total / max × 100).`,
  'stated-max-mismatch': (d, n) => `${d.unit}: the unit's max in the sheet is ${n(d.value)}, not the computed max (${n(d.computed)}). ${n(d.computed)} is used; ${d.policy === 'full'
    ? 'the current option gives a unit the max of its not-applicable criteria. If the sheet leaves not-applicable criteria out of the unit\'s max, choose "Leave the criterion out of the unit’s max" (--not-applicable exclude).'
    : 'check the unit\'s not-applicable criteria and correct this row.'}`,
  'stated-rank-mismatch': (d) => `${d.unit}: the rank ${d.value} in the sheet differs from the computed rank (${d.computed}${d.other !== d.computed ? `, or ${d.other} by the other ranking method` : ''}). The computed rank is used; fix the rank formula.`,
  'stated-grade-mismatch': (d) => `${d.unit}: the grade "${d.value}" in the sheet differs from the grade of the index (${d.computed}). The grade ${d.computed} is used; correct the grade row.`,
};

const CATALOGUES: Record<Lang, Catalogue> = { vi, en };

/** A criterion's name in a message: spaces tidied, cut at a word within NAME_LENGTH characters ("…"). */
const NAME_LENGTH = 60;
export function shortName(name: string): string {
  const tidy = name.replace(/\s+/g, ' ').trim();
  if (tidy.length <= NAME_LENGTH) return tidy;
  const cut = tidy.slice(0, NAME_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space >= NAME_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.(–-]+$/, '')}…`;
}

/** "1.1.a (Ban hành kế hoạch kịp thời)": the finding's criterion, or its data's code when it names none. */
export function criterionLabel(finding: Finding): string {
  const ref = finding.criterion;
  if (ref) return ref.name.trim() === '' ? ref.code : `${ref.code} (${shortName(ref.name)})`;
  return 'code' in finding.data ? finding.data.code : '';
}

/** The message of a finding, without its cell. */
export function formatFinding(finding: Finding, lang: Lang = 'vi'): string {
  const render = CATALOGUES[lang][finding.rule] as Render<RuleId>;
  const words = CAUSE_WORDS[lang];
  const sums = finding.explains ? cellsOf(finding.explains, finding.sheet) : '';
  const said: Said = {
    c: criterionLabel(finding),
    end: (advice) => (finding.causedBy?.length ? becauseOf(finding, words) : `. ${advice}`),
    sums,
  };
  const text = render(finding.data as RuleData[RuleId], (x) => formatNumber(x, lang), said);
  return sums !== '' && finding.rule !== 'number-as-text' ? `${text}${words.explains(sums)}` : text;
}

/** "Sheet!M24: message", as the command line prints it. */
export function findingLine(finding: Finding, lang: Lang = 'vi'): string {
  return `${finding.sheet}!${finding.cell}: ${formatFinding(finding, lang)}`;
}

/** "Lỗi"/"Cảnh báo" or "Error"/"Warning". */
export function severityLabel(severity: Finding['severity'], lang: Lang = 'vi'): string {
  if (lang === 'vi') return severity === 'error' ? 'Lỗi' : 'Cảnh báo';
  return severity === 'error' ? 'Error' : 'Warning';
}
