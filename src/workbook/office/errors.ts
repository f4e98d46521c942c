/** Turning Office.js failures into the port's typed WorkbookError, keeping the original as cause. */
import { WorkbookError } from '../port';

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

/** Wraps an unknown failure; a WorkbookError passes through unchanged. */
export function asWorkbookError(error: unknown, code: WorkbookError['code'], message: string): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const office = officeErrorCode(error);
  return new WorkbookError(code, `${message}: ${office ? `${office}: ` : ''}${describe(error)}`, { cause: error });
}
