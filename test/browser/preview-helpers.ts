/**
 * What the preview's browser test does to the page: type into the fake workbook, wait for the UI
 * to settle before a screenshot, scan with axe, compare text.
 */
import * as fs from 'node:fs';
import type { Page } from 'playwright-core';
import type { PreviewHandle } from '../../src/taskpane/preview/handle';

export type Win = Window & { __cchcPreview: PreviewHandle; __csp: string[]; axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResults> } };

export interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

const AXE = require.resolve('axe-core/axe.min.js');

/** Sets a cell of the fake workbook through the Excel API, as a user typing would. */
export async function typeInCell(page: Page, sheet: string, address: string, value: number) {
  await page.evaluate(
    async ([s, a, v]) => {
      await (window as unknown as Win).__cchcPreview.fake.run(async (context) => {
        context.workbook.worksheets.getItem(s as string).getRange(a as string).values = [[v]];
        await context.sync();
      });
    },
    [sheet, address, value] as const,
  );
}

/**
 * Before a screenshot: the pointer moved off the pane (no hover colours) and no transition or
 * animation running (an accordion opening, a chevron turning).
 */
export async function settle(page: Page) {
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

export async function axeScan(page: Page): Promise<AxeResults> {
  // Evaluated through DevTools, so the page's CSP (scripts from 'self' only) stays as it is.
  await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  return page.evaluate(() =>
    (window as unknown as Win).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }),
  );
}

export function serious(results: AxeResults): string[] {
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function expectText(locator: ReturnType<Page['locator']>, expected: string | RegExp) {
  await locator.waitFor();
  const text = (await locator.textContent()) ?? '';
  if (typeof expected === 'string') expect(text).toBe(expected);
  else expect(text).toMatch(expected);
}

/**
 * A figure of a written table as a reader reads it: a number cell, or a text in either decimal
 * convention ("95,00", "77.75"), or a rank as "r/L" (its r); undefined for anything else.
 */
export function readFigure(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(-?\d+(?:[.,]\d+)?)(?:\s*\/\s*\d+)?\s*$/.exec(v);
  return m ? Number(m[1].replace(',', '.')) : undefined;
}

/** The figures of a table's row, in order (texts that are not figures left out). */
export function figuresOf(row: readonly unknown[] | undefined): number[] {
  return (row ?? []).flatMap((v) => {
    const n = readFigure(v);
    return n === undefined ? [] : [n];
  });
}

/**
 * Last year's overall ranking, as a committee would keep it on a sheet: made from this year's
 * written table (test data, not a real result): the last unit left out, ranks shifted by one
 * place round the table, indices 2 points lower.
 */
export function lastYearFrom(overall: unknown[][]): (string | number)[][] {
  const header = overall.findIndex((r) => r.includes('Đơn vị'));
  const at = (name: string) => overall[header].indexOf(name);
  const units = overall
    .slice(header + 1)
    .filter((r) => readFigure(r[at('Xếp hạng')]) !== undefined)
    .map((r) => ({ name: String(r[at('Đơn vị')]), index: readFigure(r[at('Chỉ số (%)')]) ?? NaN }));
  const kept = units.slice(0, -1);
  return [
    ['KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2020'],
    [],
    ['STT', 'Đơn vị', 'Chỉ số (%)', 'Xếp hạng'],
    ...kept.map((u, i) => [i + 1, u.name, Math.round((u.index - 2) * 100) / 100, ((i + 1) % kept.length) + 1]),
  ];
}
