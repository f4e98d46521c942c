/** The WorkbookPort contract, run against the ExcelJS adapter (src/workbook/xlsx) on saved files. */
import { describePortContract } from './port-contract';
import { xlsxHarness } from './xlsx-harness';

describePortContract('ExcelJS adapter on .xlsx bytes', xlsxHarness());
