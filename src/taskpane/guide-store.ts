/**
 * Whether the reviewer has hidden the first-run panel, remembered on this computer (the browser's
 * localStorage of the add-in's origin), not in the workbook: it is about the person, not the data.
 * Storage can be refused (private windows, some Office hosts): then the panel shows each time.
 */

export interface GuideStore {
  /** True once the reviewer hid the panel. */
  seen(): boolean;
  markSeen(): void;
}

export const GUIDE_KEY = 'cchc.guide.seen';

/** Over `window.localStorage`; reading or writing it never throws out of here. */
export function localGuideStore(storage: () => Storage | undefined = () => globalThis.localStorage): GuideStore {
  return {
    seen: () => {
      try {
        return storage()?.getItem(GUIDE_KEY) === '1';
      } catch {
        // Storage refused by the host: the panel shows, which is the safe side.
        return false;
      }
    },
    markSeen: () => {
      try {
        storage()?.setItem(GUIDE_KEY, '1');
      } catch {
        // Refused: hidden for this session only (the state says so), shown again next time.
      }
    },
  };
}
