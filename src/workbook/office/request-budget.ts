/**
 * Keeps each context.sync() of a write under a size limit. Every operation is announced with its
 * estimated size before it is queued; when it would not fit, the queue is synced first. Each
 * batch starts with suspendApiCalculationUntilNextSync, so Excel recalculates once per sync.
 */
import { utf8Length } from '../utf8';

/** Office.js wraps each action in an envelope (ids, names, argument info): a generous estimate. */
export const ACTION_OVERHEAD_BYTES = 300;

export class RequestBudget {
  private used = 0;
  private syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit: number,
  ) {
    this.begin();
  }

  private begin(): void {
    this.context.workbook.application.suspendApiCalculationUntilNextSync();
    this.used = ACTION_OVERHEAD_BYTES;
  }

  /** Makes room for one action carrying `payloadBytes` of data. */
  async reserve(payloadBytes = 0): Promise<void> {
    const bytes = payloadBytes + ACTION_OVERHEAD_BYTES;
    if (this.used + bytes > this.limit && this.used > ACTION_OVERHEAD_BYTES) {
      await this.flush();
      this.begin();
    }
    this.used += bytes;
  }

  /** Reserves room for an action whose payload is `value` serialised as JSON. */
  async reserveJson(value: unknown): Promise<void> {
    await this.reserve(utf8Length(JSON.stringify(value)));
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
  }

  get syncCount(): number {
    return this.syncs;
  }
}
