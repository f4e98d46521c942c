/**
 * The catalogue of malformed and awkward sheets (test/fixtures/catalogue), golden-file style:
 * each folder holds an input and `expected.json`; a folder named `error.*` must fail.
 *
 * Inputs are either `input.json` (a compact grid, see JsonSheet) or `input.xlsx` (made by
 * scripts/make-catalogue.js with ExcelJS directly, or by LibreOffice from a `source.fods`).
 */
import fs from 'fs';
import path from 'path';
import type { CellValue } from '../../src/engine/grid';
import type { NotApplicablePolicy, RankingMethod } from '../../src/engine/types';

export const CATALOGUE_DIR = path.join(__dirname, '../fixtures/catalogue');

/** One sheet of an `input.json`. Cells are addressed in A1; rows and columns 1-based as Excel shows them. */
export interface JsonSheet {
  name: string;
  /** Row-major values; null or "" is an empty cell; a formula cell holds its cached result. */
  rows: CellValue[][];
  /** Cells holding an Excel error value (their text, e.g. "#DIV/0!", is in `rows`). */
  errors?: string[];
  /** Formula text of formula cells ("=SUM(D5:D6)"). */
  formulas?: Record<string, string>;
  /** Merged areas ("D3:E3"). */
  merges?: string[];
  /** Hidden rows (1-based numbers) and columns (letters). */
  hiddenRows?: number[];
  hiddenCols?: string[];
}

export interface JsonInput {
  sheets: JsonSheet[];
}

/** A unit as expected: any subset of the result's fields (components matched in order). */
export type ExpectedUnit = Record<string, unknown> & { name: string };

export interface Expected {
  /** What the case is about, in a sentence. */
  about: string;
  /** The sheet that is scored (and that the command line picks by itself); default the first. */
  sheet?: string;
  /** Other sheets of the workbook that also look like scoring sheets. */
  alsoScoring?: string[];
  /**
   * A known defect outside the engine: the command-line test of this case is expected to fail
   * (`it.failing`) until it is fixed, and then fails itself, so the note is removed.
   */
  knownIssue?: string;
  options?: { ranking?: RankingMethod; notApplicable?: NotApplicablePolicy };
  ok: boolean;
  /** Every finding as "rule@cell", in the engine's order (by row, then column). */
  findings: string[];
  /**
   * The findings when the whole workbook is read (the command line): where the readers say more
   * than the engine does of one sheet (no header anywhere: one 'no-layout'). Default `findings`.
   */
  workbookFindings?: string[];
  /** Data of some findings, keyed "rule@cell" (a subset is compared). */
  findingData?: Record<string, Record<string, unknown>>;
  /** Criterion codes as read, in sheet order. */
  codes?: string[];
  /** The scored units in sheet order. */
  units?: ExpectedUnit[];
}

export interface CatalogueCase {
  name: string;
  dir: string;
  mustFail: boolean;
  /** `input.json` parsed, or undefined for an .xlsx case. */
  json?: JsonInput;
  /** Path of `input.xlsx`, for an .xlsx case. */
  xlsx?: string;
  expected: Expected;
}

export function loadCatalogue(): CatalogueCase[] {
  return fs
    .readdirSync(CATALOGUE_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = path.join(CATALOGUE_DIR, name);
      const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
      const jsonFile = path.join(dir, 'input.json');
      const xlsxFile = path.join(dir, 'input.xlsx');
      const c: CatalogueCase = { name, dir, mustFail: name.startsWith('error.'), expected };
      if (fs.existsSync(jsonFile)) c.json = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as JsonInput;
      else if (fs.existsSync(xlsxFile)) c.xlsx = xlsxFile;
      else throw new Error(`catalogue case ${name} has neither input.json nor input.xlsx`);
      return c;
    });
}

/** Name of the sheet the case scores. */
export function scoredSheetName(c: CatalogueCase, sheetNames: readonly string[]): string {
  return c.expected.sheet ?? sheetNames[0];
}

/** Command-line flags for the case's options. */
export function cliOptions(c: CatalogueCase): string[] {
  const o = c.expected.options ?? {};
  return [...(o.ranking ? ['--ranking', o.ranking] : []), ...(o.notApplicable ? ['--not-applicable', o.notApplicable] : [])];
}
