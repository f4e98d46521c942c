/**
 * Labels of the result sheets (the write plan), Vietnamese first, English second: the catalogues
 * are plan.vi.ts and plan.en.ts, their shape plan-labels.ts.
 */
import type { Lang } from '../engine/types';
import { en } from './plan.en';
import type { PlanLabels } from './plan-labels';
import { vi } from './plan.vi';

export type { HeadingParts, PlanLabels } from './plan-labels';

const CATALOGUE: Record<Lang, PlanLabels> = { vi, en };

/** The result-sheet labels of a language (Vietnamese when unknown). */
export function planLabels(lang: Lang): PlanLabels {
  return CATALOGUE[lang] ?? vi;
}
