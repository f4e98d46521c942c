/** What the preview exposes on `window.__cchcPreview`, for the browser test and for curious users. */
import type { FakeExcel, OfficeShimHandle } from '../../office-fake';

export interface PreviewHandle {
  /** The fake Excel workbook the pane writes into (sheetNames(), valuesFromA1(sheet), selection() ...). */
  fake: FakeExcel;
  /** The fake `Office` global whose document settings hold the saved options. */
  shim: OfficeShimHandle;
}
