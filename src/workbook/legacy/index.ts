/** Reading .xls and .ods workbooks, telling file kinds apart, and the base .xlsx made of their values. */
export { blankPackage, blankPackageOf, type BlankOptions, type BlankSheet } from './blank-package';
export { cfbContentOf, fileKindOf, ODS_MIMETYPE, workbookFormatOf, zipContentOf, type CfbContent, type FileKind, type WorkbookFormat } from './kind';
export { LOST_FEATURES, type LostFeature } from './not-carried';
export { LegacyReadError, readLegacyWorkbook, type LegacyKind, type LegacyProblem, type LegacySheet, type LegacyWorkbook } from './read';
