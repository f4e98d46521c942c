/** The Office.js workbook adapter: WorkbookPort and SettingsStore over the Excel JavaScript API. */
export { OfficeWorkbook, DEFAULT_MAX_REQUEST_BYTES } from './office-workbook';
export { OfficeSettingsStore, SETTINGS_KEY, type DocumentSettings } from './settings-store';
export { MIN_EXCEL_API, type ExcelRun, type HostExcelRun, type IsSetSupported, type OfficeWorkbookOptions } from './types';
export { charsToPoints, pointsToChars } from './units';
export { OWNED_NAME_PREFIX, ownedNameForKey, keyFromOwnedName, freeSheetName, sheetOfReference } from './ownership';
