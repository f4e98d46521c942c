/**
 * Placeholder of the splicing writer (being written): the result sheets of a plan put into the
 * user's own package. See the brief in src/workbook/package/README.md.
 */
import type { WritePlan } from '../../appendix/types';
import type { ApplyReport, ProgressReport } from '../port';

/** The package as it stands: the stored parts and the changes made since it was opened. */
export interface PackageSource {
  /** Every part's name, in package order. */
  names(): string[];
  text(name: string): string | undefined;
  bytes(name: string): Uint8Array | undefined;
}

export interface SpliceOutcome {
  /** New content of each part changed, null for a part removed. */
  changes: Map<string, Uint8Array | null>;
  report: ApplyReport;
}

export function splicePlan(
  _pkg: PackageSource, _plan: WritePlan, _inputSheets: ReadonlySet<string>, _onProgress?: (p: ProgressReport) => void,
): SpliceOutcome {
  throw new Error('splicePlan: not written yet');
}
