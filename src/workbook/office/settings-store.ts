/**
 * Options saved in the workbook through Office.context.document.settings, under one key, so the
 * next reviewer opens the same choices. The settings object is injected (the Office shim in tests
 * and the preview).
 */
import { WorkbookError, type SettingsStore } from '../port';

export const SETTINGS_KEY = 'cchc.options';

/**
 * The part of Office.Settings this store uses. `status` is typed loosely: the typings declare
 * Office.AsyncResultStatus as a numeric enum, while Office.js hands over "succeeded"/"failed".
 */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

function succeeded(status: unknown): boolean {
  return status === 'succeeded' || status === 0;
}

export class OfficeSettingsStore implements SettingsStore {
  constructor(
    private readonly settings: DocumentSettings,
    private readonly key: string = SETTINGS_KEY,
  ) {}

  async load(): Promise<Record<string, unknown> | undefined> {
    const value = this.settings.get(this.key);
    if (value === null || value === undefined) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new WorkbookError('read-failed', `The saved options under "${this.key}" are not an object.`);
    }
    return { ...(value as Record<string, unknown>) };
  }

  save(value: Record<string, unknown>): Promise<void> {
    this.settings.set(this.key, value);
    return new Promise((resolve, reject) => {
      this.settings.saveAsync((result) => {
        if (succeeded(result.status)) resolve();
        else reject(new WorkbookError('write-failed', `The options could not be saved in the workbook: ${result.error?.message ?? 'unknown error'}`, { cause: result.error }));
      });
    });
  }
}
