/** The WorkbookPort contract, run against the package adapter (src/workbook/package) on bytes. */
import { describePortContract } from '../contract/port-contract';
import { packageHarness } from './workbook-harness';

describePortContract('package adapter on .xlsx bytes', packageHarness());
