/** The ExcelJS adapter of the workbook port (command line, tests on real files). */
export { XlsxWorkbook, openXlsx } from './workbook';
export { saveXlsxAtomic, writeFileAtomic, samePath, OutputIsInputError } from './save';
export { renderedCellStyle, renderedSheet, type RenderedSheet } from './inspect';
