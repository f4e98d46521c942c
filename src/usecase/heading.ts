/**
 * The appendix heading's details: the decision's, as the user gave them (command line flags, the
 * pane's options), and where they are empty what the scoring sheet's title block says (issuing
 * body, year, ranked group). Both shells show what was used and what stays as dots, before
 * anything is written.
 */
import type { ScoringModel } from '../engine/model';
import { readTitleBlock, type TitleBlock } from '../engine/title-block';
import type { DecisionInfo } from '../engine/types';
import { decodeLegacySheet } from '../readers';
import type { LoadedSheet } from './choose-sheet';

/** A detail of the heading. */
export type HeadingPart = keyof DecisionInfo;

/** The details in the order the heading reads them. */
export const HEADING_PARTS: readonly HeadingPart[] = ['issuingBody', 'year', 'rankedGroup', 'number', 'date'];

export interface HeadingReport {
  /** The details the appendix heading uses: the options' own, then the title block's where those are empty. */
  decision: DecisionInfo;
  /** The details taken from the title block (each shell may say so: "lấy từ tiêu đề của bảng"). */
  fromTitleBlock: HeadingPart[];
  /**
   * The details left as dots ("....") to fill in by hand: a shell warns. The ranked group is
   * never missing with several groups (each part's title names its group instead).
   */
  missing: HeadingPart[];
}

const filled = (d: DecisionInfo, part: HeadingPart): boolean => {
  const v = d[part];
  return typeof v === 'number' || (typeof v === 'string' && v.trim() !== '');
};

/**
 * The title block of the first group's first sheet, above its header (as read: TCVN3/VNI text
 * converted). A group of forms (one sheet per unit) gives only its year: the body on a unit's form
 * is the unit itself, not the body issuing the decision, and a form names no ranked group.
 */
export function titleBlockOf(model: ScoringModel | undefined, sheets: readonly LoadedSheet[]): TitleBlock | undefined {
  const group = model?.groups[0];
  const layout = model?.layouts[0];
  const sheet = group && sheets.find((s) => s.name === group.sheets[0]);
  if (!sheet || !layout) return undefined;
  const block = readTitleBlock(decodeLegacySheet(sheet.grid).grid, layout.headerRow);
  return layout.kind === 'sheet-per-unit' ? (block.year ? { year: block.year } : {}) : block;
}

/** The heading's details: `given` first, the title block's for those left empty. */
export function headingOf(given: DecisionInfo | undefined, block: TitleBlock | undefined, severalGroups: boolean): HeadingReport {
  const decision: DecisionInfo = { ...(given ?? {}) };
  const fromTitleBlock: HeadingPart[] = [];
  if (!filled(decision, 'issuingBody') && block?.issuingBody) {
    decision.issuingBody = block.issuingBody.value;
    fromTitleBlock.push('issuingBody');
  }
  if (!filled(decision, 'year') && block?.year) {
    decision.year = block.year.value;
    fromTitleBlock.push('year');
  }
  if (!severalGroups && !filled(decision, 'rankedGroup') && block?.rankedGroup) {
    decision.rankedGroup = block.rankedGroup.value;
    fromTitleBlock.push('rankedGroup');
  }
  const missing = HEADING_PARTS.filter((p) => !filled(decision, p) && !(severalGroups && p === 'rankedGroup'));
  return { decision, fromTitleBlock, missing };
}
