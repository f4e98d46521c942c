/** The use case's own failures, typed; bad data is never one of them (it is a finding or a value). */
import { WorkbookError } from '../workbook/port';

/**
 * The sheet the caller named (`--sheet`) is not in the workbook. A `WorkbookError` with the port's
 * code, so anything that explains port failures explains this one; it also lists the sheets there are.
 */
export class NamedSheetNotFoundError extends WorkbookError {
  constructor(readonly requested: string, readonly sheets: readonly string[]) {
    super('sheet-not-found', `No sheet named "${requested}" (sheets: ${sheets.map((s) => `"${s}"`).join(', ') || 'none'})`);
    this.name = 'NamedSheetNotFoundError';
  }
}
