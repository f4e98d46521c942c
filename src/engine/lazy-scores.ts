/**
 * Per-criterion scores of a unit, made when first read. A national sheet has 10,000 units × 260
 * criteria: building those 2.6 million numbers eagerly costs more than scoring the sheet, and only
 * the self-vs-appraisal report reads them. The unit result gets `criterionScores` and
 * `selfCriterionScores` from its prototype; `JSON.stringify` still writes them (see `toJSON`).
 */
import type { ColumnScores } from './column';
import { fromMilli } from './decimal';
import type { UnitResult } from './types';

type Published = (number | null)[];

interface Sources {
  scores: ColumnScores | Published;
  self: ColumnScores | Published | undefined;
}

const sources = new WeakMap<object, Sources>();

/** A column's scores as published: null where unknown or not applicable under `exclude`. */
export function publishedScores(s: ColumnScores): Published {
  const out = new Array<number | null>(s.score.length);
  for (let i = 0; i < s.score.length; i++) {
    const v = s.score[i];
    out[i] = s.excluded[i] || Number.isNaN(v) ? null : fromMilli(v);
  }
  return out;
}

function sourcesOf(unit: object): Sources {
  const found = sources.get(unit);
  if (!found) throw new TypeError('criterionScores read on an object that is not a unit result');
  return found;
}

const LAZY_SCORES = {
  get criterionScores(): Published {
    const s = sourcesOf(this);
    if (!Array.isArray(s.scores)) s.scores = publishedScores(s.scores);
    return s.scores;
  },
  set criterionScores(value: Published) {
    sourcesOf(this).scores = value;
  },
  get selfCriterionScores(): Published | undefined {
    const s = sourcesOf(this);
    if (s.self !== undefined && !Array.isArray(s.self)) s.self = publishedScores(s.self);
    return s.self;
  },
  set selfCriterionScores(value: Published | undefined) {
    sourcesOf(this).self = value;
  },
  /** A plain object with the scores made, for JSON. */
  toJSON(this: UnitResult): Record<string, unknown> {
    const self = this.selfCriterionScores;
    return { ...this, criterionScores: this.criterionScores, ...(self !== undefined ? { selfCriterionScores: self } : {}) };
  },
};

/**
 * Gives a unit result its per-criterion scores (and self-assessed ones), made from the columns'
 * scores when first read.
 */
export function withLazyScores<T extends Omit<UnitResult, 'criterionScores' | 'selfCriterionScores'>>(
  unit: T, scores: ColumnScores, self: ColumnScores | undefined,
): T & Pick<UnitResult, 'criterionScores' | 'selfCriterionScores'> {
  sources.set(unit, { scores, self });
  return Object.setPrototypeOf(unit, LAZY_SCORES) as T & Pick<UnitResult, 'criterionScores' | 'selfCriterionScores'>;
}
