/**
 * A tiny stand-in for the `Office` global for the browser preview and UI tests: onReady,
 * context.displayLanguage, context.document.settings (get/set/remove/saveAsync) and
 * context.requirements.isSetSupported. Settings are kept in memory; `saved` shows what the last
 * successful saveAsync stored.
 */
import { versionAtLeast } from './context';

export interface ShimAsyncResult {
  status: 'succeeded' | 'failed';
  error?: { name: string; message: string; code: number };
}

export interface ShimSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: ShimAsyncResult) => void): void;
}

export interface OfficeShim {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  context: {
    displayLanguage: string;
    document: { settings: ShimSettings };
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
  HostType: { Excel: 'Excel' };
  AsyncResultStatus: { Succeeded: 'succeeded'; Failed: 'failed' };
}

export interface OfficeShimOptions {
  /** Excel's display language, e.g. "vi-VN" (default) or "en-US". */
  displayLanguage?: string;
  /** Highest ExcelApi set supported (default "1.17"). */
  apiVersion?: string;
  /** Settings already saved in the document. */
  settings?: Record<string, unknown>;
  /** Make saveAsync fail, to test error handling. */
  failSave?: boolean;
}

export interface OfficeShimHandle {
  office: OfficeShim;
  /** What the document holds after the last successful saveAsync. */
  saved: () => Record<string, unknown>;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function createOfficeShim(options: OfficeShimOptions = {}): OfficeShimHandle {
  let saved: Record<string, unknown> = clone(options.settings ?? {});
  const live: Record<string, unknown> = clone(saved);
  const apiVersion = options.apiVersion ?? '1.17';
  const info = { host: 'Excel', platform: 'OfficeOnline' };

  const settings: ShimSettings = {
    get: (name) => (name in live ? clone(live[name]) : null),
    set: (name, value) => {
      live[name] = clone(value);
    },
    remove: (name) => {
      delete live[name];
    },
    saveAsync: (callback) => {
      setTimeout(() => {
        if (options.failSave) {
          callback?.({ status: 'failed', error: { name: 'SaveError', message: 'The settings could not be saved (simulated).', code: 5001 } });
          return;
        }
        saved = clone(live);
        callback?.({ status: 'succeeded' });
      }, 0);
    },
  };

  const office: OfficeShim = {
    onReady: (callback) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'vi-VN',
      document: { settings },
      requirements: {
        isSetSupported: (name, minVersion) => name === 'ExcelApi' && versionAtLeast(apiVersion, minVersion ?? '1.1'),
      },
    },
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
  return {
    office,
    saved: () => clone(saved),
  };
}
