/**
 * A state of the host that the user or a test switches on and off (cell-edit mode, a host that
 * stops answering). Runs that must wait for it wait until it is off again.
 */
export class HostSwitch {
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

  /** Resolves once the switch is off (at once when it is off already). */
  async cleared(): Promise<void> {
    while (this.on) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
}
