/**
 * A limit on how long Excel may take to answer. On Excel on the web, `context.sync()` sometimes
 * never resolves nor rejects (office-js issues 4805, 6678; seen on Windows too): the pane would
 * spin forever. Every run of the adapter goes through `withHostTimeout`, which gives the batch a
 * context whose `sync` fails with WorkbookError('timeout') when Excel has not answered within the
 * limit, and fails the run the same way when `Excel.run` itself does not start the batch, or does
 * not finish after it, within the limit. Only the time spent waiting for Excel is measured, each
 * wait on its own: a big read of many syncs is never cut short for its total length.
 *
 * A sync that answers after its limit is not followed by anything more of that batch: the batch's
 * next sync fails at once, so nothing more is written into a workbook the user was told the run
 * had failed on.
 */
import { WorkbookError } from '../port';
import type { ExcelRun } from './types';

/** Excel's answer to one sync may take this long (a large read on a slow host takes seconds). */
export const DEFAULT_SYNC_TIMEOUT_MS = 60_000;

function timeoutError(waitingFor: string, ms: number): WorkbookError {
  const seconds = Math.round(ms / 100) / 10;
  return new WorkbookError(
    'timeout',
    `Excel did not answer within ${seconds} s (${waitingFor}); Excel on the web sometimes never answers a context.sync() (office-js issues 4805, 6678).`,
  );
}

/** `run` with a limit on every wait for Excel. */
export function withHostTimeout(run: ExcelRun, ms: number): ExcelRun {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let failure: WorkbookError | undefined;
      let settled = false;
      const disarm = (): void => {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
      };
      const settle = (done: () => void): void => {
        disarm();
        if (settled) return;
        settled = true;
        done();
      };
      const arm = (waitingFor: string): void => {
        disarm();
        timer = setTimeout(() => {
          failure = timeoutError(waitingFor, ms);
          const error = failure;
          settle(() => reject(error));
        }, ms);
      };

      arm('Excel.run did not start');
      run(async (context) => {
        disarm();
        if (failure) throw failure;
        timeSyncs(context, arm, disarm, () => failure);
        const result = await batch(context);
        arm('Excel.run did not finish');
        return result;
      }).then(
        (value) => settle(() => resolve(value)),
        (error: unknown) => settle(() => reject(error)),
      );
    });
}

/**
 * Makes `context.sync` of this run time its wait. An own property shadows the prototype's method,
 * so every piece of the adapter that syncs this context is timed.
 */
function timeSyncs(
  context: Excel.RequestContext,
  arm: (waitingFor: string) => void,
  disarm: () => void,
  failed: () => WorkbookError | undefined,
): void {
  const sync = context.sync.bind(context) as (value?: unknown) => Promise<unknown>;
  const timed = async (value?: unknown): Promise<unknown> => {
    const before = failed();
    if (before) throw before;
    arm('context.sync() did not return');
    let answer: unknown;
    try {
      answer = await sync(value);
    } finally {
      disarm();
    }
    // An answer after the limit: the run has already failed, so the batch stops here.
    const late = failed();
    if (late) throw late;
    return answer;
  };
  Object.defineProperty(context, 'sync', { value: timed, configurable: true, writable: true });
}
