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

/** How ranks are counted (engine's `RankingMethod`): the note under each table with ranks says which. */
export type RankNoteMethod = 'dense' | 'competition';

/**
 * A title or heading line as phrases, in reading order: the sheet writer joins them with spaces
 * and breaks lines only between phrases ("… NĂM 2021" / "CỦA UBND CÁC XÃ, THỊ TRẤN"), never inside one.
 */
export type Phrases = readonly string[];

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
  /** The overall table's title (upper-cased by the appendix). */
  title(p: HeadingParts): Phrases;
  attachedTo(p: HeadingParts): Phrases;
  groupHeading(index: number, group: string): string;
  /** Heading of units without a group when other units have one. */
  noGroup: string;
  /** "PHỤ LỤC II": the appendix of the workbook's `index`-th ranking group (1-based), when it has several. */
  partAppendix(index: number): string;
  /** "Xếp hạng chung (II)": a result sheet's name (`name`, from sheetNames) for the `index`-th group. */
  partSheetName(name: string, index: number): string;

  no: string;
  unit: string;
  max: string;
  score: string;
  index: string;
  rank: string;
  grade: string;
  /** Header of a column of means (statistics). */
  mean: string;
  /** Label of the row of means under a ranking table: not a grade's name ("Trung bình" is one). */
  meanRow: string;
  /** The one-line note under a table with ranks "r/L": what r and L are, how ties are ranked. */
  rankNote(method: RankNoteMethod): string;
  previousRank: string;
  rankChange: string;
  indexChange: string;
  rankUp(steps: number): string;
  rankDown(steps: number): string;
  rankSame: string;

  componentsTitle(p: HeadingParts): Phrases;
  componentMax(max: string): string;
  scoreShort: string;
  rankShort: string;
  total: string;
  totalWithMax(max: string): string;
  overallRank: string;

  statisticsTitle(p: HeadingParts): Phrases;
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

  unitsTitle(p: HeadingParts): Phrases;
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

  selfTitle(p: HeadingParts): Phrases;
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
