/** Turning Office.js failures into the port's typed WorkbookError, keeping the original as cause. */
import { WorkbookError } from '../port';
import { CELL_EDIT_MODE_ERROR } from './types';

/** The Office error code (Excel.ErrorCodes: "ItemNotFound", "InvalidArgument" ...), if any. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * True when Excel refused the batch because the user is typing in a cell (InvalidOperationInCellEditMode),
 * on this error or any of its causes: a host without ExcelApi 1.11 cannot be asked to wait.
 */
export function isCellEditModeError(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 6 && e !== undefined && e !== null; depth++) {
    if (officeErrorCode(e) === CELL_EDIT_MODE_ERROR) return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return false;
}

/** Wraps an unknown failure; a WorkbookError passes through unchanged. */
export function asWorkbookError(error: unknown, code: WorkbookError['code'], message: string): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const office = officeErrorCode(error);
  const why = office === CELL_EDIT_MODE_ERROR ? ' (Excel is in cell-edit mode: the user is typing in a cell)' : '';
  return new WorkbookError(code, `${message}${why}: ${office ? `${office}: ` : ''}${describe(error)}`, { cause: error });
}
