/** Comparing an outcome with a catalogue case's expected.json. */
import { ruleCells } from '../helpers/grid';
import type { ScoreOutcome } from '../../src/engine/types';
import type { Expected } from './catalogue';

/** Checks findings (rule@cell, in order, and their data), ok, codes and units. */
export function expectOutcome(outcome: ScoreOutcome, expected: Expected): void {
  expect(ruleCells(outcome.findings)).toEqual(expected.findings);
  for (const [key, data] of Object.entries(expected.findingData ?? {})) {
    const found = outcome.findings.find((f) => `${f.rule}@${f.cell}` === key);
    expect(found?.data).toMatchObject(data);
  }
  expect(outcome.ok).toBe(expected.ok);
  if (!outcome.ok) return;
  if (expected.codes) expect(outcome.result.criteria.map((c) => c.code)).toEqual(expected.codes);
  if (expected.units) expect(outcome.result.units).toMatchObject(expected.units);
}
