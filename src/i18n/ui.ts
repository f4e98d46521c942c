/**
 * Every string the task pane shows, Vietnamese first, English second. Components read them through
 * `uiStrings(lang)`; nothing a user reads is written inline in a component. The catalogues are
 * ui.vi.ts and ui.en.ts; their shape is ui-strings.ts.
 */
import type { Lang } from '../engine/types';
import { en } from './ui.en';
import type { UiStrings } from './ui-strings';
import { vi } from './ui.vi';

export type { FailureKind, FailureText, LayoutKindKey, PreviousProblem, ProgressStep, UiStrings } from './ui-strings';

const CATALOGUES: Record<Lang, UiStrings> = { vi, en };

export function uiStrings(lang: Lang): UiStrings {
  return CATALOGUES[lang];
}

/**
 * Vietnamese by default and when Office's display language is Vietnamese ("vi", "vi-VN");
 * English when Office reports another language.
 */
export function langFromDisplayLanguage(displayLanguage: string | undefined | null): Lang {
  const tag = (displayLanguage ?? '').trim();
  if (tag === '') return 'vi';
  return /^vi(-|_|$)/i.test(tag) ? 'vi' : 'en';
}
