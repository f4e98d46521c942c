/**
 * One measurement in a fresh process, so sizes and tools do not share a heap or warmed-up code:
 *
 *   node --expose-gc worker.js <engine|hyperformula|office|office-workbooks> <units> [runs]
 *
 * (office-workbooks: <units> one-unit forms, and two standard sheets; see office-bench.ts.)
 *
 * Prints one JSON line. (Memory is measured by memory-child.js, the command line by cli-bench.ts.)
 */
import { benchEngine } from './engine-bench';
import { benchHyperFormula } from './hyperformula-bench';
import { runsFor } from './measure';
import { benchOffice, benchOfficeWorkbooks } from './office-bench';
import { syntheticSheet } from './sheet';

export type Section = 'engine' | 'hyperformula' | 'office' | 'office-workbooks';

async function main(): Promise<void> {
  const [section, unitsText, runsText] = process.argv.slice(2);
  const units = Number(unitsText);
  if (!Number.isInteger(units) || units <= 0) throw new Error(`bad unit count "${unitsText}"`);
  const runs = runsText ? Number(runsText) : runsFor(units);
  const sheet = syntheticSheet(units);
  let out: unknown;
  if (section === 'engine') out = benchEngine(sheet, runs);
  else if (section === 'hyperformula') out = benchHyperFormula(sheet, runs);
  else if (section === 'office') out = await benchOffice(sheet);
  else if (section === 'office-workbooks') out = await benchOfficeWorkbooks(units, runs);
  else throw new Error(`unknown section "${section}"`);
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 1;
});
