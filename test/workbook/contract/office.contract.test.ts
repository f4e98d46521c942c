/** The WorkbookPort contract, run against the Office.js adapter on the strict fake. */
import { officeHarness } from './office-harness';
import { describePortContract } from './port-contract';

describePortContract('Office.js adapter on the strict fake (ExcelApi 1.17)', officeHarness());
describePortContract('Office.js adapter on the strict fake (ExcelApi 1.8: no special cells, no page layout)', officeHarness({ apiVersion: '1.8' }));
