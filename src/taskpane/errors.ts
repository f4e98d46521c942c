/**
 * Turns any thrown value into what the pane shows: a kind (which message and advice) and a
 * copyable technical detail (names, messages, codes and causes, then the stack).
 */
import type { Lang } from '../engine/types';
import { formatNumber } from '../i18n/format';
import type { FailureKind, FailureText, UiStrings } from '../i18n/ui';
import { ProtectionError, StrayCellsError, WorkbookError } from '../workbook/port';

export interface Failure {
  kind: FailureKind;
  detail: string;
  /** `too-many-cells`: the sheet, its used range and the cells far from the table, to name them. */
  stray?: Pick<StrayCellsError, 'sheet' | 'usedRange' | 'cells' | 'limit' | 'stray'>;
  /** `sheet-protected`: the protected sheet, to name it. */
  protectedSheet?: string;
}

const MAX_CAUSES = 5;

function describeOne(error: unknown): string {
  if (error instanceof Error) {
    const parts = [`${error.name}: ${error.message}`];
    const extra = error as Error & { code?: unknown; debugInfo?: unknown };
    if (typeof extra.code === 'string' || typeof extra.code === 'number') parts.push(`code: ${String(extra.code)}`);
    if (extra.debugInfo !== undefined) parts.push(`debugInfo: ${safeJson(extra.debugInfo)}`);
    return parts.join('\n');
  }
  return typeof error === 'string' ? error : safeJson(error);
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // A value that cannot be serialised (a cycle) is still shown.
    return String(value);
  }
}

/** The technical detail of an error and its causes. */
export function errorDetail(error: unknown): string {
  const lines: string[] = [describeOne(error)];
  let cause: unknown = error instanceof Error ? error.cause : undefined;
  for (let depth = 0; cause !== undefined && depth < MAX_CAUSES; depth++) {
    lines.push(`caused by ${describeOne(cause)}`);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  if (error instanceof Error && error.stack) lines.push('', error.stack);
  return lines.join('\n');
}

/** Excel's code for a batch refused while the user is typing in a cell (Excel.ErrorCodes). */
const CELL_EDIT_MODE_CODE = 'InvalidOperationInCellEditMode';

/** True when the error or one of its causes carries Excel's cell-edit-mode code. */
function inCellEditMode(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth <= MAX_CAUSES && typeof e === 'object' && e !== null; depth++) {
    if ((e as { code?: unknown }).code === CELL_EDIT_MODE_CODE) return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return false;
}

/**
 * The failure to show for an error: `kind` when the caller knows what failed (saving settings),
 * else "cell-edit-mode" when Excel refused because the user is typing in a cell (a host without
 * ExcelApi 1.11 cannot be asked to wait), else the workbook error's code, else "unexpected".
 */
export function failureFrom(error: unknown, kind?: FailureKind): Failure {
  const resolved: FailureKind =
    kind ?? (inCellEditMode(error) ? 'cell-edit-mode' : error instanceof WorkbookError ? error.code : 'unexpected');
  const failure: Failure = { kind: resolved, detail: errorDetail(error) };
  if (kind === undefined && error instanceof StrayCellsError) {
    const { sheet, usedRange, cells, limit, stray } = error;
    failure.stray = { sheet, usedRange, cells, limit, stray };
  }
  if (kind === undefined && error instanceof ProtectionError && error.sheet !== undefined) failure.protectedSheet = error.sheet;
  return failure;
}

/** A cell's value as the message quotes it. */
function shownValue(value: string | number | boolean, lang: Lang): string {
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/**
 * What the pane says about a failure: the kind's text, or the one naming the cells far from the
 * table, or the protected sheet.
 */
export function failureText(t: UiStrings, lang: Lang, failure: Failure): FailureText {
  const { stray } = failure;
  if (failure.kind === 'sheet-protected' && failure.protectedSheet !== undefined) return t.sheetProtectedFailure(failure.protectedSheet);
  if (failure.kind !== 'too-many-cells' || stray === undefined || stray.stray.length === 0) return t.failures[failure.kind];
  return t.strayCellsFailure({
    sheet: stray.sheet,
    usedRange: stray.usedRange,
    cellsMillions: formatNumber(stray.cells / 1e6, lang, 1),
    limitMillions: formatNumber(stray.limit / 1e6, lang, 1),
    stray: stray.stray.map((c) => ({ address: c.address, value: shownValue(c.value, lang) })),
  });
}
