/**
 * Failures injected by tests, to check that a write survives any step failing: the n-th
 * `context.sync()` from now fails before anything of it is applied (a lost connection, a host that
 * gives up), or the n-th operation applied from now (optionally only counting one member, such as
 * "values" or "delete") fails as a refused statement does in Excel: the operations before it in
 * its sync are applied, it and the ones after it are not. Each failure fires once. Shared by every
 * `Excel.run` of one fake workbook, like the workbook itself.
 */
import { FakeOfficeError, type FakeErrorCode } from './errors';

/** What of a queued operation the counts look at (context.ts's OpDescriptor has it). */
interface Operation {
  a: string;
  m: string;
}

interface Pending {
  left: number;
  code: FakeErrorCode;
  member?: string;
}

export class FailureInjection {
  private syncs: Pending[] = [];
  private operations: Pending[] = [];
  /** Operations applied since the fake was made: lets a test count the steps of a write. */
  applied = 0;

  failSync(nth: number, code: FakeErrorCode = 'GeneralException'): void {
    if (!Number.isInteger(nth) || nth < 1) throw new RangeError(`failSync needs a count from 1; got ${nth}.`);
    this.syncs.push({ left: nth, code });
  }

  failOperation(nth: number, options: { member?: string; code?: FakeErrorCode } = {}): void {
    if (!Number.isInteger(nth) || nth < 1) throw new RangeError(`failOperation needs a count from 1; got ${nth}.`);
    this.operations.push({ left: nth, code: options.code ?? 'GeneralException', member: options.member });
  }

  /** At each sync, before anything is applied: the error when this sync is to fail. */
  atSync(): FakeOfficeError | undefined {
    return fire(this.syncs, () => true, 'The sync failed (injected by the test).');
  }

  /** Before each operation is applied: the error when this operation is to fail. */
  atOperation(desc: Operation): FakeOfficeError | undefined {
    this.applied++;
    return fire(this.operations, (p) => p.member === undefined || p.member === desc.m, `The operation ${desc.a} ${desc.m} failed (injected by the test).`);
  }
}

function fire(list: Pending[], counts: (p: Pending) => boolean, message: string): FakeOfficeError | undefined {
  let hit: Pending | undefined;
  for (const p of list) {
    if (!counts(p)) continue;
    p.left--;
    if (p.left === 0 && !hit) hit = p;
  }
  if (!hit) return undefined;
  list.splice(list.indexOf(hit), 1);
  return new FakeOfficeError(hit.code, message);
}
