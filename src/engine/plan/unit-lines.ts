/**
 * The lines a unit publishes on the per-unit sheet ("Cải cách thể chế: đạt 4,75/5 điểm, xếp
 * hạng 2/3 hạng"), each with its one-line width. A national sheet has 10,000 units × 10
 * components but only a few thousand different component lines (a score, a max and a rank
 * repeat from unit to unit): each is written and measured once, and every unit that publishes
 * it shares the same string.
 */
import type { PlanLabels } from '../../i18n/plan';
import { type ComponentTable, unitComponents } from '../component-table';
import type { Lang, ScoreResult, UnitResult } from '../types';
import { belowThreeQuarters, difference, numberText, signedText } from './numbers';
import { gradeName } from './order';
import { rankChangeText } from './overall';
import { singleLineWidth } from './text-width';

/** A unit's lines and their widths as singleLineWidth gives them (-1: the text has a line break). */
export interface UnitLines {
  texts: string[];
  widths: number[];
}

/** A component line with its width, and whether the score is below 75% of the max. */
interface ComponentLine {
  text: string;
  width: number;
  weak: boolean;
}

/** By score, then by max. */
type ByScore = Map<number, Map<number, ComponentLine>>;

/** Rank and levels in one Map key; exact while levels stay below this (units are sheet columns: at most 16,384). */
const LEVELS_SPAN = 65536;

export class UnitLineWriter {
  private readonly lang: Lang;
  private readonly num: (value: number) => string;
  /** Per component: lines by rank and levels (rank × LEVELS_SPAN + levels), then score, then max. */
  private readonly lines: Map<number, ByScore>[];
  /** Per component: its line for a unit it did not arise for. */
  private readonly notArisen: { text: string; width: number }[];
  private readonly noWeakWidth: number;

  constructor(
    private readonly result: ScoreResult,
    private readonly labels: PlanLabels,
  ) {
    this.lang = result.options.lang;
    this.num = numberTexts(this.lang);
    this.lines = result.components.map(() => new Map());
    this.notArisen = result.components.map((c) => {
      const text = labels.componentNotArisenLine(c.name);
      return { text, width: singleLineWidth(text) };
    });
    this.noWeakWidth = singleLineWidth(labels.noWeak);
  }

  /** The lines of a unit, in the sheet's language: its components, the total, last year, the weak components. */
  linesOf(unit: UnitResult): UnitLines {
    const lines: UnitLines = { texts: [], widths: [] };
    const weak = this.addComponentLines(unit, lines);
    addLine(lines, this.totalLine(unit));
    if (unit.previous !== undefined) addLine(lines, this.previousLine(unit, unit.previous));
    if (weak.length > 0) addLine(lines, this.labels.weakLine(weak));
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
      if (line.weak) {
        const { num } = this;
        weak.push(this.labels.weakItem(this.result.components[i].name, num(table.score[k]), num(table.max[k]), num(table.index[k])));
      }
    }
    return weak;
  }

  private totalLine(unit: UnitResult): string {
    const { num } = this;
    return this.labels.totalLine({
      score: num(unit.total),
      max: num(unit.max),
      index: num(unit.index),
      rank: unit.rank,
      levels: unit.rankLevels,
      grade: gradeName(unit, this.lang),
    });
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
    if (!(levels >= 0 && levels < LEVELS_SPAN)) return this.makeComponentLine(i, score, max, rank, levels);
    const byRank = this.lines[i];
    const rankKey = rank * LEVELS_SPAN + levels;
    let byScore = byRank.get(rankKey);
    if (byScore === undefined) {
      byScore = new Map();
      byRank.set(rankKey, byScore);
    }
    let byMax = byScore.get(score);
    if (byMax === undefined) {
      byMax = new Map();
      byScore.set(score, byMax);
    }
    let line = byMax.get(max);
    if (line === undefined) {
      line = this.makeComponentLine(i, score, max, rank, levels);
      byMax.set(max, line);
    }
    return line;
  }

  private makeComponentLine(i: number, score: number, max: number, rank: number, levels: number): ComponentLine {
    const text = this.labels.componentLine(this.result.components[i].name, this.num(score), this.num(max), rank, levels);
    return { text, width: singleLineWidth(text), weak: belowThreeQuarters(score, max) };
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
