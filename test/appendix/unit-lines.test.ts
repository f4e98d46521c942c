/**
 * The lines of the per-unit sheet are made once per distinct figures and shared by the units that
 * publish them: every unit still gets exactly the lines written out for it alone, whatever units
 * came before (ties, equal scores with other ranks or maxima, components that did not arise).
 */
import fc from 'fast-check';
import { planLabels, type PlanLabels } from '../../src/i18n/plan';
import { belowThreeQuarters, difference, numberText, signedText } from '../../src/appendix/numbers';
import { gradeName } from '../../src/appendix/order';
import { rankChangeText } from '../../src/appendix/overall';
import { singleLineWidth } from '../../src/appendix/text-width';
import { UnitLineWriter } from '../../src/appendix/unit-lines';
import type { Lang, ScoreResult, UnitResult } from '../../src/engine/types';
import { makeResult } from './fixture';

fc.configureGlobal({ seed: 20261125, numRuns: 120 });

/** The lines of one unit, written out directly from its figures. */
function plainLines(unit: UnitResult, result: ScoreResult, labels: PlanLabels, lang: Lang): string[] {
  const num = (v: number) => numberText(v, lang);
  const lines: string[] = [];
  const weak: string[] = [];
  result.components.forEach((c, i) => {
    const s = unit.components[i];
    if (s.rank === 0) {
      lines.push(labels.componentNotArisenLine(c.name));
      return;
    }
    lines.push(labels.componentLine(c.name, num(s.score), num(s.max), s.rank, s.rankLevels));
    if (belowThreeQuarters(s.score, s.max)) weak.push(labels.weakItem(c.name, num(s.score), num(s.max), num(s.index)));
  });
  lines.push(labels.totalLine({
    score: num(unit.total), max: num(unit.max), index: num(unit.index), rank: unit.rank, levels: unit.rankLevels, grade: gradeName(unit, lang),
  }));
  if (unit.previous !== undefined) {
    lines.push(labels.previousLine({
      rank: unit.previous.rank,
      change: rankChangeText(unit.previous.rank, unit.rank, labels),
      index: num(unit.previous.index),
      indexChange: signedText(difference(unit.index, unit.previous.index), lang),
    }));
  }
  lines.push(weak.length > 0 ? labels.weakLine(weak) : labels.noWeak);
  return lines;
}

describe('unit lines', () => {
  test('each unit gets its own lines, each with its one-line width (the weak line left to measure)', () => {
    const score = (max: number) => fc.integer({ min: 0, max: max * 4 }).map((q) => q / 4);
    const unit = fc.record({
      scores: fc.tuple(score(3), score(2), score(4)),
      group: fc.constantFrom('A', 'B'),
      previous: fc.option(fc.record({ rank: fc.integer({ min: 1, max: 9 }), index: fc.integer({ min: 0, max: 10000 }).map((x) => x / 100) }), { nil: undefined }),
      notArisen: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      // A criterion left out of the unit's maxima (not applicable under `exclude`): same scores, smaller max.
      smallerMax: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      // An index as a hand-made result may carry it (not recomputed from the score and max).
      otherIndex: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 25 }), fc.constantFrom<Lang>('vi', 'en'), (specs, lang) => {
        const result = makeResult({
          components: [{ code: 'I', name: 'Chỉ đạo', max: 3 }, { code: 'II', name: 'Thể chế', max: 2 }, { code: 'III', name: 'Thủ tục', max: 4 }],
          units: specs.map((s, i) => ({ name: `Xã ${i}`, scores: s.scores, group: s.group, previous: s.previous })),
          options: { lang },
        });
        specs.forEach((s, i) => {
          const u = result.units[i];
          if (s.smallerMax !== undefined) {
            const c = u.components[s.smallerMax];
            Object.assign(c, { max: c.max + 0.5, index: Math.round((c.score / (c.max + 0.5)) * 10000) / 100 });
            Object.assign(u, { max: u.max + 0.5, index: Math.round((u.total / (u.max + 0.5)) * 10000) / 100 });
          }
          if (s.otherIndex) u.components[0].index += 0.01;
          // A component that did not arise for the unit: not ranked, no max.
          if (s.notArisen !== undefined) Object.assign(u.components[s.notArisen], { score: 0, max: 0, index: 0, rank: 0 });
        });
        const labels = planLabels(lang);
        const writer = new UnitLineWriter(result, labels);
        for (const u of result.units) {
          const { texts, widths } = writer.linesOf(u);
          expect(texts).toEqual(plainLines(u, result, labels, lang));
          texts.forEach((text, k) => {
            const weakLine = k === texts.length - 1 && text !== labels.noWeak;
            if (weakLine) expect(widths[k]).toBeNaN();
            else expect(widths[k]).toBe(singleLineWidth(text));
          });
        }
      }),
    );
  });
});
