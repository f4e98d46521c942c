/**
 * Fuzzing the engine with random grids: any values (Unicode, NFD, emoji, huge and tiny numbers,
 * NaN, Infinity, -0, holes), jagged and empty rows, random kinds, merges and origins; and grids
 * shaped like a scoring sheet with a random body. scoreSheet never throws, always returns a
 * result or the errors that stopped it, in bounded time. Fixed seeds, bounded runs.
 */
import fc from 'fast-check';
import { mutate, mutationArb, randomGridArb, scoringLikeGridArb, validSheetArb } from './arbitraries';
import { describeStats, newStats, scoreAndCheck } from './check-outcome';

const report = (line: string): void => { if (process.env.FUZZ_STATS) process.stdout.write(`${line}\n`); };

it('any grid: scoreSheet returns a result or findings, never throws', () => {
  const stats = newStats();
  fc.assert(fc.property(randomGridArb, (grid) => { scoreAndCheck(grid, stats); }), { seed: 20240501, numRuns: 3000 });
  report(describeStats('random grids', stats));
  expect(stats.runs).toBeGreaterThanOrEqual(3000);
});

it('grids shaped like a scoring sheet, with random bodies, under both policies and ranking methods', () => {
  const stats = newStats();
  const options = fc.record({
    ranking: fc.constantFrom('dense' as const, 'competition' as const),
    notApplicable: fc.constantFrom('full' as const, 'exclude' as const),
  });
  fc.assert(fc.property(scoringLikeGridArb, options, (grid, o) => { scoreAndCheck(grid, stats, o); }), { seed: 20240502, numRuns: 3000 });
  report(describeStats('scoring-like grids', stats));
  // The generator must reach the scoring code, not only the header search.
  expect(stats.failed).toBeGreaterThan(0);
});

it('valid sheets of random shape, then a few random mutations', () => {
  const stats = newStats();
  const arb = validSheetArb.chain((grid) =>
    fc.tuple(fc.constant(grid), fc.array(mutationArb(grid.values.length, 3 + (grid.values[1]?.length ?? 3)), { maxLength: 3 })));
  fc.assert(fc.property(arb, fc.constantFrom('full' as const, 'exclude' as const), ([grid, mutations], notApplicable) => {
    scoreAndCheck(mutate(grid, mutations), stats, { notApplicable });
  }), { seed: 20240503, numRuns: 4000 });
  report(describeStats('mutated valid sheets', stats));
  expect(stats.ok).toBeGreaterThan(500);
  expect(stats.failed).toBeGreaterThan(500);
});

it('a consistent sheet of any shape always scores, with no finding but the KPS notes', () => {
  const stats = newStats();
  fc.assert(fc.property(validSheetArb, fc.constantFrom('full' as const, 'exclude' as const), (grid, notApplicable) => {
    const outcome = scoreAndCheck(grid, stats, { notApplicable });
    expect(outcome.ok).toBe(true);
    expect(outcome.findings.filter((f) => f.rule !== 'not-applicable')).toEqual([]);
  }), { seed: 20240504, numRuns: 500 });
  report(describeStats('consistent sheets', stats));
});
