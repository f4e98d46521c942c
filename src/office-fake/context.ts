/**
 * The fake RequestContext's engine: a queue of operations that are applied to the model only at
 * sync(), in order; every sync is counted and its request and response sizes measured (UTF-8 bytes
 * of the JSON of the queued operations, and of the loaded data). Limits default to Excel on the
 * web's 5 MB for a request and for a response.
 */
import { FakeOfficeError, type FakeErrorCode } from './errors';
import { HostSwitch } from './host-switch';
import type { Unresponsive } from './unresponsive';
import { FailureInjection } from './failures';
import type { WorkbookModel } from './model';
import { utf8Length } from '../workbook/utf8';

export interface OpDescriptor {
  /** Id of the object the operation is on. */
  o: number;
  /** "get" (navigation or method returning an object), "set", "call", "load". */
  a: 'get' | 'set' | 'call' | 'load';
  /** Member name. */
  m: string;
  /** Arguments or the assigned value. */
  v?: unknown;
}

/** What a load returns: the data (measured as response) and how to store it in the proxy. */
export interface LoadResult {
  data: unknown;
  commit: () => void;
}

interface QueuedOp {
  desc: OpDescriptor;
  apply: () => LoadResult | void;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** True when the batch asked Excel to suspend calculation until this sync. */
  calculationSuspended: boolean;
  /** Error code when the sync failed. */
  failed?: string;
  /** Operations and request bytes by member ("values", "numberFormat", "getRanges" ...). */
  byMember: Record<string, { count: number; bytes: number }>;
}

export interface FakeLimits {
  /** Highest ExcelApi requirement set the fake host supports, e.g. "1.17". */
  apiVersion: string;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

export const FIVE_MB = 5 * 1024 * 1024;

/** `Excel.RunOptions.delayForCellEdit` needs ExcelApi 1.11; older hosts ignore it. */
export const DELAY_FOR_CELL_EDIT_API = '1.11';

/**
 * The user's cell-edit mode (typing in a cell), shared by every run of one fake workbook. While it
 * is on, a sync fails with InvalidOperationInCellEditMode, unless its run asked to be delayed.
 */
export class CellEditMode extends HostSwitch {}

/** Excel's code for a batch refused in cell-edit mode (not among the fake's own codes in errors.ts). */
export const CELL_EDIT_MODE_CODE: FakeErrorCode = 'InvalidOperationInCellEditMode';


export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export class FakeEngine {
  private queue: QueuedOp[] = [];
  private nextObjectId = 1;
  closed = false;
  /** Set by createFakeExcel: while active, every sync waits for the host to answer. */
  unresponsive?: Unresponsive;

  constructor(
    readonly model: WorkbookModel,
    readonly limits: FakeLimits,
    readonly syncs: SyncRecord[],
    readonly cellEdit: CellEditMode = new CellEditMode(),
    /** The run was started with `{ delayForCellEdit: true }` on a host that honours it. */
    readonly delayForCellEdit = false,
    /** Failures a test injected (failures.ts), shared by the runs of one fake workbook. */
    readonly failures: FailureInjection = new FailureInjection(),
  ) {}

  newObjectId(): number {
    return this.nextObjectId++;
  }

  /** Fails when the host does not support the requirement set a member needs. */
  requireApi(version: string, member: string): void {
    if (!versionAtLeast(this.limits.apiVersion, version)) {
      throw new FakeOfficeError('ApiNotFound', `${member} needs ExcelApi ${version}; this host has ${this.limits.apiVersion}.`);
    }
  }

  enqueue(desc: OpDescriptor, apply: () => LoadResult | void): void {
    if (this.closed) {
      throw new FakeOfficeError('InvalidObjectPath', 'The object was used outside the Excel.run batch that created it.');
    }
    this.queue.push({ desc, apply });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    if (this.closed) throw new FakeOfficeError('InvalidObjectPath', 'context.sync() called after Excel.run ended.');
    if (this.cellEdit.active && this.delayForCellEdit) await this.cellEdit.cleared();
    const ops = this.queue;
    this.queue = [];
    const byMember: SyncRecord['byMember'] = {};
    let requestBytes = 2;
    for (const op of ops) {
      const bytes = utf8Length(JSON.stringify(op.desc)) + 1;
      requestBytes += bytes;
      const entry = (byMember[op.desc.m] ??= { count: 0, bytes: 0 });
      entry.count++;
      entry.bytes += bytes;
    }
    const record: SyncRecord = {
      requestBytes: ops.length ? requestBytes - 1 : 2,
      byMember,
      responseBytes: 0,
      operations: ops.length,
      calculationSuspended: ops.some((o) => o.desc.m === 'suspendApiCalculationUntilNextSync'),
    };
    this.syncs.push(record);
    await Promise.resolve();
    // A host that stopped answering (unresponsive.ts): the request is sent, no answer comes.
    if (this.unresponsive) await this.unresponsive.cleared();
    if (this.cellEdit.active) {
      record.failed = CELL_EDIT_MODE_CODE;
      throw new FakeOfficeError(CELL_EDIT_MODE_CODE, 'This operation is not allowed while Excel is in cell-edit mode. Exit cell-edit mode and try again.');
    }
    const injected = this.failures.atSync();
    if (injected) {
      record.failed = injected.code;
      throw injected;
    }
    if (record.requestBytes > this.limits.maxRequestBytes) {
      record.failed = 'RequestPayloadSizeLimitExceeded';
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload (${record.requestBytes} bytes) exceeds the ${this.limits.maxRequestBytes}-byte limit.`);
    }
    const loads: LoadResult[] = [];
    for (const op of ops) {
      try {
        const injectedAtOp = this.failures.atOperation(op.desc);
        if (injectedAtOp) throw injectedAtOp;
        const result = op.apply();
        if (result) loads.push(result);
      } catch (e) {
        const err = e instanceof FakeOfficeError ? e : new FakeOfficeError('InvalidOperation', String(e));
        err.debugInfo.errorLocation = `${op.desc.a} ${op.desc.m} on object ${op.desc.o}`;
        record.failed = err.code;
        throw err;
      }
    }
    record.responseBytes = loads.length ? utf8Length(JSON.stringify(loads.map((l) => l.data))) : 0;
    if (record.responseBytes > this.limits.maxResponseBytes) {
      record.failed = 'ResponsePayloadSizeLimitExceeded';
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload (${record.responseBytes} bytes) exceeds the ${this.limits.maxResponseBytes}-byte limit.`);
    }
    for (const l of loads) l.commit();
  }
}
