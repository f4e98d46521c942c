/**
 * The lines a unit publishes on the per-unit sheet ("Cải cách thể chế: đạt 4,75/5 điểm, xếp
 * hạng 2/3 hạng"), each with its one-line width. A national sheet has 10,000 units × 10
 * components but only a few thousand different component lines (a score, a max and a rank
 * repeat from unit to unit): each is written and measured once, and every unit that publishes
 * it shares the same string.
 */
import type { PlanLabels } from '../i18n/plan';
import { type ComponentTable, unitComponents } from '../engine/component-table';
import type { Lang, ScoreResult, UnitResult } from '../engine/types';
import { belowThreeQuarters, difference, numberText, signedText } from './numbers';
import { gradeName } from './order';
import { rankChangeText } from './overall';
import { singleLineWidth } from './text-width';

/** A unit's lines and their widths as singleLineWidth gives them (-1: the text has a line break; NaN: not measured). */
export interface UnitLines {
  texts: string[];
  widths: number[];
}

/** A line with its width. */
interface Line {
  readonly text: string;
  readonly width: number;
}

/** A component's line for a score and a max, whether it is weak, and its weak-line item for the last index seen. */
interface ComponentLine extends Line {
  readonly score: number;
  readonly max: number;
  readonly weak: boolean;
  weakIndex: number;
  weakItem?: string;
}

/** A total line for its figures (the rank and levels are its memo key). */
interface TotalLine extends Line {
  readonly total: number;
  readonly max: number;
  readonly index: number;
  readonly grade: string;
}

/** Rank and levels in one Map key; exact while levels stay below this (units are sheet columns: at most 16,384). */
const LEVELS_SPAN = 65536;

/** The memo key of a rank among `levels`; -1 unless both are whole numbers in range (then the line is not kept). */
function rankKey(rank: number, levels: number): number {
  const exact = Number.isInteger(rank) && Number.isInteger(levels) && rank >= 0 && rank < 2 ** 31 && levels >= 0 && levels < LEVELS_SPAN;
  return exact ? rank * LEVELS_SPAN + levels : -1;
}

/** Lines by rank key; each key holds the few lines seen with that rank, told apart by their figures. */
class LineMemo<L> {
  private readonly byKey = new Map<number, L[]>();

  /** The lines kept under `key` (looked through with an indexed loop: a callback or an iterator would allocate per look-up). */
  seen(key: number): readonly L[] | undefined {
    return this.byKey.get(key);
  }

  keep(key: number, line: L): L {
    if (key < 0) return line;
    const seen = this.byKey.get(key);
    if (seen === undefined) this.byKey.set(key, [line]);
    else seen.push(line);
    return line;
  }
}

export class UnitLineWriter {
  private readonly lang: Lang;
  private readonly num: (value: number) => string;
  /** Per component: its lines by rank and levels, then score and max. */
  private readonly lines: LineMemo<ComponentLine>[];
  private readonly totals = new LineMemo<TotalLine>();
  /** Bonus and deduction lines by their figures (few distinct ones). */
  private readonly adjustments = new Map<string, Line>();
  /** Per component: its line for a unit it did not arise for. */
  private readonly notArisen: { text: string; width: number }[];
  private readonly noWeakWidth: number;

  constructor(
    private readonly result: ScoreResult,
    private readonly labels: PlanLabels,
  ) {
    this.lang = result.options.lang;
    this.num = numberTexts(this.lang);
    this.lines = result.components.map(() => new LineMemo());
    this.notArisen = result.components.map((c) => {
      const text = labels.componentNotArisenLine(c.name);
      return { text, width: singleLineWidth(text) };
    });
    this.noWeakWidth = singleLineWidth(labels.noWeak);
  }

  /** The lines of a unit, in the sheet's language: its components, its bonus and deduction, the total, last year, the weak components. */
  linesOf(unit: UnitResult): UnitLines {
    const lines: UnitLines = { texts: [], widths: [] };
    const weak = this.addComponentLines(unit, lines);
    if (unit.bonus !== undefined || unit.deduction !== undefined) {
      const line = this.adjustmentLine(unit.bonus, unit.deduction);
      addLine(lines, line.text, line.width);
    }
    const total = this.totalLine(unit);
    addLine(lines, total.text, total.width);
    if (unit.previous !== undefined) addLine(lines, this.previousLine(unit, unit.previous));
    // The weak line is long and seldom repeats: left unmeasured (NaN), it is only wrapped at the end.
    if (weak.length > 0) addLine(lines, this.labels.weakLine(weak), NaN);
    else addLine(lines, this.labels.noWeak, this.noWeakWidth);
    return lines;
  }

  /** Adds the line of every component; returns the weak ones as items of the weak line. */
  private addComponentLines(unit: UnitResult, lines: UnitLines): string[] {
    const weak: string[] = [];
    const { table, at } = unitComponents(unit);
    for (let i = 0; i < this.result.components.length; i++) {
      const k = at + i;
      if (table.rank[k] === 0) {
        // Not arisen for this unit: neither scored nor weak.
        addLine(lines, this.notArisen[i].text, this.notArisen[i].width);
        continue;
      }
      const line = this.componentLine(i, table, k);
      addLine(lines, line.text, line.width);
      if (line.weak) weak.push(this.weakItem(i, line, table.index[k]));
    }
    return weak;
  }

  /** The total line of a unit, made the first time its figures are seen (units tied in rank share it). */
  private totalLine(unit: UnitResult): TotalLine {
    const { total, max, index } = unit;
    const grade = gradeName(unit, this.lang);
    const key = rankKey(unit.rank, unit.rankLevels);
    const seen = this.totals.seen(key);
    for (let n = 0; seen !== undefined && n < seen.length; n++) {
      const t = seen[n];
      if (t.total === total && t.max === max && t.index === index && t.grade === grade) return t;
    }
    const { num } = this;
    const text = this.labels.totalLine({ score: num(total), max: num(max), index: num(index), rank: unit.rank, levels: unit.rankLevels, grade });
    return this.totals.keep(key, { text, width: singleLineWidth(text), total, max, index, grade });
  }

  /** "Điểm thưởng 1,5; điểm trừ 0,5 …": a deduction by its size (-0.5 deducts 0,5), each figure the sheet has. */
  private adjustmentLine(bonus: number | undefined, deduction: number | undefined): Line {
    const key = `${bonus}|${deduction}`;
    let line = this.adjustments.get(key);
    if (line === undefined) {
      const text = this.labels.adjustmentLine({
        bonus: bonus === undefined ? undefined : this.num(bonus),
        deduction: deduction === undefined ? undefined : this.num(Math.abs(deduction)),
      });
      line = { text, width: singleLineWidth(text) };
      this.adjustments.set(key, line);
    }
    return line;
  }

  private previousLine(unit: UnitResult, previous: { rank: number; index: number }): string {
    return this.labels.previousLine({
      rank: previous.rank,
      change: rankChangeText(previous.rank, unit.rank, this.labels),
      index: this.num(previous.index),
      indexChange: signedText(difference(unit.index, previous.index), this.lang),
    });
  }

  /** The line of component `i` from table entry `k`, made the first time its figures are seen. */
  private componentLine(i: number, table: ComponentTable, k: number): ComponentLine {
    const score = table.score[k];
    const max = table.max[k];
    const rank = table.rank[k];
    const levels = table.rankLevels[k];
    const key = rankKey(rank, levels);
    const seen = this.lines[i].seen(key);
    for (let n = 0; seen !== undefined && n < seen.length; n++) if (seen[n].score === score && seen[n].max === max) return seen[n];
    const text = this.labels.componentLine(this.result.components[i].name, this.num(score), this.num(max), rank, levels);
    return this.lines[i].keep(key, { text, width: singleLineWidth(text), score, max, weak: belowThreeQuarters(score, max), weakIndex: NaN });
  }

  /** The weak-line item of component `i` (its score and max those of `line`), kept with the line for its last index. */
  private weakItem(i: number, line: ComponentLine, index: number): string {
    if (line.weakItem === undefined || line.weakIndex !== index) {
      const { num } = this;
      line.weakItem = this.labels.weakItem(this.result.components[i].name, num(line.score), num(line.max), num(index));
      line.weakIndex = index;
    }
    return line.weakItem;
  }
}

function addLine(lines: UnitLines, text: string, width = singleLineWidth(text)): void {
  lines.texts.push(text);
  lines.widths.push(width);
}

/** numberText in `lang`, each value written once (scores and maxima repeat from unit to unit). */
function numberTexts(lang: Lang): (value: number) => string {
  const known = new Map<number, string>();
  return (value) => {
    let text = known.get(value);
    if (text === undefined) {
      text = numberText(value, lang);
      known.set(value, text);
    }
    return text;
  };
}
