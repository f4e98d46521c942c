/**
 * Every catalogue case through the Office adapter on the strict fake Excel: the sheet read with
 * OfficeWorkbook and scored gives the same findings and result as the engine; for a sheet that
 * scores, writing the result changes no input sheet, and scoring again (a new pane session)
 * gives the same result sheets without duplicating them.
 */
import { buildWritePlan } from '../../src/appendix';
import { scoreSheet } from '../../src/engine';
import { chooseSheet, defaultEngine, PANE_SHEET_CHOICE } from '../../src/usecase';
import type { FakeExcel } from '../../src/office-fake';
import { OfficeWorkbook } from '../../src/workbook/office';
import { loadCatalogue, type CatalogueCase } from './catalogue';
import { expectOutcome } from './expectations';
import { fakeWorkbookOf } from './office-input';

const cases = loadCatalogue();

const portOf = (fake: FakeExcel) => new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });

/** Reads, scores and (when it scores) writes the result, as one pane session does. */
async function session(fake: FakeExcel, c: CatalogueCase, sheet: string) {
  const port = portOf(fake);
  const outcome = scoreSheet(await port.readSheet(sheet), c.expected.options ?? {});
  const report = outcome.ok ? await port.applyPlan(buildWritePlan(outcome.result)) : undefined;
  return { outcome, report };
}

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('Office adapter on the fake: the same findings and result; input sheets untouched; a second run replaces, never duplicates', async () => {
    const fake = await fakeWorkbookOf(c);
    const inputSheets = fake.sheetNames();
    const sheet = c.expected.sheet ?? inputSheets[0];
    const before = inputSheets.map((s) => fake.snapshot(s));

    const first = await session(fake, c, sheet);
    expectOutcome(first.outcome, c.expected);
    expect(inputSheets.map((s) => fake.snapshot(s))).toEqual(before);
    if (!first.outcome.ok) {
      expect(fake.sheetNames()).toEqual(inputSheets);
      return;
    }
    const results = fake.sheetNames().filter((s) => !inputSheets.includes(s));
    expect(results.length).toBeGreaterThanOrEqual(4);
    expect(first.report?.sheets.every((s) => !s.renamed && !s.replaced)).toBe(true);
    const written = results.map((s) => fake.valuesFromA1(s));

    const second = await session(fake, c, sheet);
    expect(second.report?.sheets.map((s) => [s.name, s.replaced])).toEqual(results.map((s) => [s, true]));
    expect(fake.sheetNames()).toEqual([...inputSheets, ...results]);
    expect(results.map((s) => fake.valuesFromA1(s))).toEqual(written);
    expect(inputSheets.map((s) => fake.snapshot(s))).toEqual(before);
  });

  if (c.expected.alsoScoring) {
    it('the add-in offers every sheet that looks like a scoring sheet and selects the first', async () => {
      const fake = await fakeWorkbookOf(c);
      const chosen = await chooseSheet(portOf(fake), defaultEngine, PANE_SHEET_CHOICE);
      expect(chosen.choice.scoring).toEqual([c.expected.sheet, ...(c.expected.alsoScoring ?? [])]);
      expect(chosen.selected?.scope).toBe(c.expected.sheet);
    });
  }
});
