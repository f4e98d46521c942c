import { type FindingOf, RULE_SEVERITY, type RuleData, type RuleId, type Severity } from './findings';
import type { GridReader } from './sheet';

/** Makes a finding about the grid cell (r, c), with its sheet coordinates and A1 address. */
export function makeFinding<R extends RuleId>(
  g: GridReader,
  rule: R,
  r: number,
  c: number,
  data: RuleData[R],
  severity: Severity = RULE_SEVERITY[rule],
): FindingOf<R> {
  return {
    rule,
    severity,
    sheet: g.grid.sheetName,
    row: g.sheetRow(r),
    col: g.sheetCol(c),
    cell: g.address(r, c),
    data,
  };
}
