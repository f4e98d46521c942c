/** What the command line says to people, in Vietnamese and English. */
export const CLI_TEXT = {
  vi: {
    stepRead: 'Đang đọc tệp',
    stepScore: 'Đang kiểm tra và tính điểm',
    stepWrite: 'Đang ghi các bảng kết quả',
    stepDone: 'Xong',
    usingSample: (p: string) => `Không có tệp đầu vào: chấm bảng mẫu ${p}`,
    sameAsInput: (p: string) => `Tệp kết quả trùng với tệp đầu vào (${p}). Hãy chọn tên khác bằng --out; chương trình không bao giờ ghi đè tệp đầu vào.`,
    jsonIsOutput: (p: string) => `Tệp JSON trùng với tệp kết quả .xlsx (${p}). Hãy chọn tên khác cho --json hoặc --out.`,
    noSuchSheet: (name: string, all: string[]) => `Không có trang tính "${name}". Các trang tính: ${all.join(', ')}`,
    noSheets: 'Sổ tính không có trang tính nào.',
    scoring: (name: string, others: string[]) => `Chấm trang tính "${name}"` +
      (others.length ? ` (các trang cũng giống bảng chấm điểm: ${others.map((o) => `"${o}"`).join(', ')}; chọn bằng --sheet)` : ''),
    scoringAll: (sheets: string[]) => `Chấm mọi sheet có bảng chấm điểm (${sheets.length}): ${sheets.map((o) => `"${o}"`).join(', ')}; chỉ chấm một sheet bằng --sheet`,
    detected: (line: string) => `Nhận ra: ${line}`,
    leftOut: (sheet: string, sameAs: string) => `Không chấm sheet "${sheet}": cùng các đơn vị với sheet "${sameAs}" (có lẽ là bản của năm khác); muốn chấm sheet này, dùng --sheet "${sheet}".`,
    heading: (appendix: string, title: string, attached: string) => `Tiêu đề phụ lục: ${appendix} · ${title} · ${attached}`,
    headingFromTitle: (parts: string[]) => `Lấy từ tiêu đề của bảng chấm điểm: ${parts.join('; ')}`,
    headingMissing: (parts: string[], flags: string[]) =>
      `Cảnh báo: tiêu đề phụ lục còn để dấu chấm (....) ở ${parts.join(', ')}; điền bằng ${flags.join(', ')}, hoặc điền tay trên bản in.`,
    headingPart: {
      issuingBody: 'cơ quan ban hành', year: 'năm đánh giá', rankedGroup: 'khối được xếp hạng',
      number: 'số quyết định', date: 'ngày quyết định',
    },
    rankedGroupIgnored: 'Bảng tính có nhiều khối xếp hạng: tiêu đề mỗi phụ lục ghi tên khối (tên sheet), không dùng --ranked-group.',
    stopped: (n: number) => `Bảng điểm có ${n} lỗi; chưa ghi kết quả. Hãy sửa các ô nêu trên rồi chạy lại.`,
    written: (p: string, sheets: string[]) => `Đã ghi ${p} (các trang: ${sheets.join(', ')})`,
    docxWritten: (p: string) => `Đã ghi phụ lục dạng Word: ${p}`,
    docxIsOutput: (p: string) => `Tệp Word trùng với tệp kết quả hoặc tệp JSON (${p}). Hãy chọn tên khác cho --docx.`,
    renamed: (name: string) => `Tên trang đã có trang tính của người dùng; kết quả được ghi vào "${name}".`,
    writeFailed: (p: string, why: string) => `Không ghi được ${p}: ${why}. Tệp đầu vào không bị thay đổi.`,
    previousInvalid: (p: string, n: number) => `Kết quả năm trước (${p}) có ${n} lỗi; hãy sửa tệp đó hoặc bỏ --previous.`,
  },
  en: {
    stepRead: 'Reading the file',
    stepScore: 'Checking and scoring',
    stepWrite: 'Writing the result tables',
    stepDone: 'Done',
    usingSample: (p: string) => `No input file: scoring the bundled sample ${p}`,
    sameAsInput: (p: string) => `The output file is the input file (${p}). Choose another name with --out; the input is never overwritten.`,
    jsonIsOutput: (p: string) => `The JSON file is the .xlsx output file (${p}). Choose another name for --json or --out.`,
    noSuchSheet: (name: string, all: string[]) => `No sheet "${name}". Sheets: ${all.join(', ')}`,
    noSheets: 'The workbook has no sheets.',
    scoring: (name: string, others: string[]) => `Scoring sheet "${name}"` +
      (others.length ? ` (these also look like scoring sheets: ${others.map((o) => `"${o}"`).join(', ')}; choose with --sheet)` : ''),
    scoringAll: (sheets: string[]) => `Scoring every sheet holding a scoring table (${sheets.length}): ${sheets.map((o) => `"${o}"`).join(', ')}; score one sheet with --sheet`,
    detected: (line: string) => `Recognised: ${line}`,
    leftOut: (sheet: string, sameAs: string) => `Sheet "${sheet}" not scored: it has the units of sheet "${sameAs}" (likely another year's copy); to score it, use --sheet "${sheet}".`,
    heading: (appendix: string, title: string, attached: string) => `Appendix heading: ${appendix} · ${title} · ${attached}`,
    headingFromTitle: (parts: string[]) => `Taken from the scoring sheet's title: ${parts.join('; ')}`,
    headingMissing: (parts: string[], flags: string[]) =>
      `Warning: the appendix heading still has dots (....) for the ${parts.join(', ')}; fill them with ${flags.join(', ')}, or by hand on the printout.`,
    headingPart: {
      issuingBody: 'issuing body', year: 'year', rankedGroup: 'ranked group',
      number: 'decision number', date: 'decision date',
    },
    rankedGroupIgnored: 'The workbook has several ranking groups: each appendix part is titled with its group (its sheet\'s name), not --ranked-group.',
    stopped: (n: number) => `The sheet has ${n} error(s); nothing was written. Fix the cells above and run again.`,
    written: (p: string, sheets: string[]) => `Wrote ${p} (sheets: ${sheets.join(', ')})`,
    docxWritten: (p: string) => `Wrote the appendix as a Word document: ${p}`,
    docxIsOutput: (p: string) => `The Word file is the output workbook or the JSON file (${p}). Choose another name for --docx.`,
    renamed: (name: string) => `A sheet of yours already had that name; the result was written to "${name}".`,
    writeFailed: (p: string, why: string) => `Could not write ${p}: ${why}. The input file is unchanged.`,
    previousInvalid: (p: string, n: number) => `Last year's result (${p}) has ${n} error(s); fix it or drop --previous.`,
  },
};

export type CliText = (typeof CLI_TEXT)['vi'];
