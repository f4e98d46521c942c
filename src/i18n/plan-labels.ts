/**
 * The shape of the result sheets' label catalogues (plan.vi.ts, plan.en.ts). A leaf module: the
 * catalogues and the appendix import it; it imports nothing. Numbers given to these functions are
 * already formatted text (decimal comma in Vietnamese), so a catalogue only arranges words.
 */
export interface HeadingParts {
  year: string;
  rankedGroup: string;
  number: string;
  date: string;
  issuingBody: string;
}

export interface PlanLabels {
  sheetNames: {
    overall: string;
    components: string;
    statistics: string;
    units: string;
    self: string;
  };
  /** Placeholder for a heading detail that was not given. */
  placeholder: string;
  /** Placeholder for a missing decision number. */
  numberPlaceholder: string;
  appendix: string;
  title(p: HeadingParts): string;
  attachedTo(p: HeadingParts): string;
  groupHeading(index: number, group: string): string;
  /** Heading of units without a group when other units have one. */
  noGroup: string;
  /** "PHỤ LỤC II": the appendix of the workbook's `index`-th ranking group (1-based), when it has several. */
  partAppendix(index: number): string;
  /** "Xếp hạng chung (II)": a result sheet's name (`name`, from sheetNames) for the `index`-th group. */
  partSheetName(name: string, index: number): string;
  /** "KẾT QUẢ XẾP HẠNG THEO TỪNG LĨNH VỰC – KHỐI XÃ": a sheet title naming its group (both already upper-cased). */
  partTitle(title: string, group: string): string;

  no: string;
  unit: string;
  max: string;
  score: string;
  index: string;
  rank: string;
  grade: string;
  mean: string;
  previousRank: string;
  rankChange: string;
  indexChange: string;
  rankUp(steps: number): string;
  rankDown(steps: number): string;
  rankSame: string;

  componentsTitle: string;
  componentMax(max: string): string;
  scoreShort: string;
  rankShort: string;
  total: string;
  totalWithMax(max: string): string;
  overallRank: string;

  statisticsTitle: string;
  component: string;
  highest: string;
  highestUnits: string;
  /** "… và 12 đơn vị khác" after the first names of a long list. */
  andOthers: (n: number) => string;
  lowest: string;
  lowestUnits: string;
  rankLevels: string;
  gradeCounts: string;
  unitCount: string;
  share: string;
  summary: string;
  gradeCountText(count: number, of: number, grade: string): string;
  belowThreshold: string;
  noneBelowThreshold: string;
  chartData: string;
  chartTitle(group: string | null): string;

  unitsTitle: string;
  componentLine(name: string, score: string, max: string, rank: number, levels: number): string;
  /** The line of a component that did not arise for the unit (every criterion not applicable). */
  componentNotArisenLine(name: string): string;
  /** The unit's bonus and deduction (its size, without a sign), each given when the sheet has it. */
  adjustmentLine(p: { bonus?: string; deduction?: string }): string;
  totalLine(p: { score: string; max: string; index: string; rank: number; levels: number; grade: string }): string;
  previousLine(p: { rank: number; change: string; index: string; indexChange: string }): string;
  weakLine(items: string[]): string;
  weakItem(name: string, score: string, max: string, index: string): string;
  noWeak: string;

  selfTitle: string;
  selfScore: string;
  appraised: string;
  difference: string;
  deductionsTitle: string;
  code: string;
  criterion: string;
  deducted: string;
  unitsDeducted: string;
  noDeductions: string;

  footer: string;
}
