/**
 * A host that stops answering: on Excel on the web, `context.sync()` sometimes never resolves nor
 * rejects (office-js issues 4805, 6678), and later runs hang too. While the fake is unresponsive,
 * every sync waits (recorded in `fake.syncs` once it is sent, nothing applied meanwhile); when it
 * answers again, the waiting syncs go on as Excel would if it came back.
 */
export class Unresponsive {
  private on = false;
  private waiting: (() => void)[] = [];

  get active(): boolean {
    return this.on;
  }

  set(on: boolean): void {
    this.on = on;
    if (on) return;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  /** Resolves once the host answers again (at once when it does). */
  async answered(): Promise<void> {
    while (this.on) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
}
