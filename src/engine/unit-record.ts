/**
 * A scored unit as the engine makes it. Its per-criterion scores and its components are views
 * made when first read: a national sheet has 10,000 units × 260 criteria and × 10 components,
 * and building those millions of numbers and objects eagerly costs more than scoring the sheet.
 * The component figures live in one `ComponentTable` (see component-table.ts); the plan reads
 * them there. `JSON.stringify` writes the views as plain fields (see `toJSON`).
 */
import type { ColumnScores } from './columns';
import { componentScores, type ComponentTable, type TabledUnit, type UnitComponents } from './component-table';
import { fromMilli } from './decimal';
import type { ComponentScore, UnitResult } from './types';

type Published = (number | null)[];

/** A column's scores as published: null where unknown or not applicable under `exclude`. */
function publishedScores(s: ColumnScores): Published {
  const score = s.score;
  const out = new Array<number | null>(score.length);
  for (let i = 0; i < score.length; i++) {
    const v = score[i];
    out[i] = s.excluded[i] || Number.isNaN(v) ? null : fromMilli(v);
  }
  return out;
}

export interface UnitFields {
  name: string;
  group: string | null;
  column: number;
  total: number;
  totalExact: number;
  max: number;
  index: number;
  grade: string;
  gradeEn: string;
}

export class UnitRecord implements UnitResult, TabledUnit {
  name: string;
  group: string | null;
  column: number;
  declare selfColumn?: number;
  total: number;
  totalExact: number;
  max: number;
  index: number;
  rank = 0;
  rankLevels = 0;
  grade: string;
  gradeEn: string;
  declare selfTotal?: number;
  declare bonus?: number;
  declare deduction?: number;
  declare previous?: { rank: number; index: number };
  // What the views are made from: not published fields (`toJSON` leaves them out).
  private readonly table: ComponentTable;
  private readonly at: number;
  private made?: ComponentScore[];
  private scores: ColumnScores | Published;
  private self: ColumnScores | Published | undefined;

  constructor(fields: UnitFields, table: ComponentTable, at: number, scores: ColumnScores, self: ColumnScores | undefined) {
    this.name = fields.name;
    this.group = fields.group;
    this.column = fields.column;
    this.total = fields.total;
    this.totalExact = fields.totalExact;
    this.max = fields.max;
    this.index = fields.index;
    this.grade = fields.grade;
    this.gradeEn = fields.gradeEn;
    this.table = table;
    this.at = at;
    this.scores = scores;
    this.self = self;
  }

  componentsAt(): UnitComponents {
    return { table: this.table, at: this.at };
  }

  get components(): ComponentScore[] {
    this.made ??= componentScores(this.table, this.at);
    return this.made;
  }

  get criterionScores(): Published {
    if (!Array.isArray(this.scores)) this.scores = publishedScores(this.scores);
    return this.scores;
  }

  set criterionScores(value: Published) {
    this.scores = value;
  }

  get selfCriterionScores(): Published | undefined {
    if (this.self !== undefined && !Array.isArray(this.self)) this.self = publishedScores(this.self);
    return this.self;
  }

  set selfCriterionScores(value: Published | undefined) {
    this.self = value;
  }

  /** The published fields, with the views made, for JSON. */
  toJSON(): object {
    const { table, at, made, scores, self: selfSource, ...published } = this;
    void [table, at, made, scores, selfSource];
    const self = this.selfCriterionScores;
    return {
      ...published, components: this.components, criterionScores: this.criterionScores,
      ...(self !== undefined ? { selfCriterionScores: self } : {}),
    };
  }
}
