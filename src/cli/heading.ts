/**
 * The lines saying which appendix heading the run writes: the heading itself, the details taken
 * from the scoring sheet's title block (with their cells), and a warning for the details left as
 * dots, naming the flags that fill them.
 */
import { type GroupResult, type HeadingPart, type HeadingReport, type TitleBlock, workbookHeadings } from '../usecase';
import type { CliText } from './messages';

/** The flag that gives each detail. */
const FLAG: Record<HeadingPart, string> = {
  issuingBody: '--issuing-body', year: '--year', rankedGroup: '--ranked-group', number: '--decision-number', date: '--decision-date',
};

export function headingLines(groups: readonly GroupResult[], heading: HeadingReport | undefined, block: TitleBlock | undefined, T: CliText): string[] {
  const lines = workbookHeadings(groups).map((h) => T.heading(h.appendix, h.title, h.attachedTo));
  if (heading === undefined) return lines;
  const found = heading.fromTitleBlock.map((part) => {
    const cell = part === 'issuingBody' || part === 'year' || part === 'rankedGroup' ? block?.[part]?.cell : undefined;
    const value = String(heading.decision[part] ?? '');
    return `${T.headingPart[part]} "${value}"${cell ? ` (${cell})` : ''}`;
  });
  if (found.length > 0) lines.push(T.headingFromTitle(found));
  if (heading.missing.length > 0) lines.push(T.headingMissing(heading.missing.map((p) => T.headingPart[p]), heading.missing.map((p) => FLAG[p])));
  return lines;
}
