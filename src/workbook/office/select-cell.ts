/**
 * Going to a cell (WorkbookPort.select): activate its sheet, select the cell. Excel refuses to
 * activate a hidden sheet, so a sheet the user hid (our result sheet, or an input sheet a finding
 * points into) is shown first: the user clicked to see that cell, and Excel's own "Go To" on a
 * hidden sheet does nothing, which would look like a broken link. A "very hidden" sheet (hidden
 * by a macro or a tool, absent from Excel's Unhide list) is never shown: whoever hid it meant it,
 * and the user is told where the cell is instead (`sheet-very-hidden`).
 *
 * Two syncs: the sheet's visibility, then (showing it,) activating and selecting.
 */
import { WorkbookError } from '../port';

export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet).load('visibility');
  await context.sync();
  if (ws.visibility === 'VeryHidden') {
    throw new WorkbookError('sheet-very-hidden', `The worksheet "${sheet}" is very hidden; ${sheet}!${address} cannot be shown.`);
  }
  if (ws.visibility !== 'Visible') ws.visibility = 'Visible';
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}
