/**
 * After generating: what was written for each ranking group (its top units, units per grade, and
 * buttons that open its sheets), the comparison with last year, and sheets renamed or replaced.
 */
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import type { WritePlan } from '../../appendix/types';
import type { ScoreResult, UnitResult } from '../../engine/types';
import { formatFixed } from '../../i18n/format';
import type { GroupResult } from '../../usecase';
import type { WrittenSheet } from '../../workbook/port';
import { useStrings } from '../strings';
import { ComparisonNote } from './ComparisonNote';
import type { Generated } from '../state/state';
import type { Staleness } from '../state/stale';

/** Ranks shown as "top"; ties at the last of them are all shown, up to MAX_TOP_LINES units. */
const TOP_RANKS = 3;
const MAX_TOP_LINES = 6;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  plain: { margin: 0, padding: 0, listStyleType: 'none' },
  links: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  // The links' icons line up with the text above them.
  link: { paddingLeft: 0, minWidth: 0, textAlign: 'left' },
  // Headings take the column's gap, not the browser's h3 margins.
  heading: { margin: 0, marginTop: tokens.spacingVerticalS },
});

function topOf(units: readonly UnitResult[]): UnitResult[] {
  return [...units]
    .sort((a, b) => a.rank - b.rank || a.column - b.column)
    .filter((u) => u.rank <= TOP_RANKS)
    .slice(0, MAX_TOP_LINES);
}

/**
 * The ranking group (0-based) a written sheet belongs to: the appendix keys the first group's
 * sheets as one sheet's ("overall"), the next groups' with their number ("overall-2").
 */
/** The group (0-based) a written sheet belongs to: its plan's part, the first group's when absent. */
export function groupOfSheet(key: string, plan: WritePlan): number {
  const part = plan.sheets.find((s) => s.key === key)?.part;
  return part === undefined ? 0 : part - 1;
}

type Heading = 'h3' | 'h4';

/** One group's part: its top units (by section, "Khối"), its units per grade, its sheets. */
function GroupPart(props: { result: ScoreResult; sheets: readonly WrittenSheet[]; heading: Heading; onOpenSheet: (name: string) => void }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const { result, sheets, heading } = props;
  const n = (x: number) => formatFixed(x, result.options.decimals, lang);
  return (
    <>
      <Subtitle2 as={heading} className={styles.heading}>{t.topUnits}</Subtitle2>
      {result.groups.map((section) => {
        const units = topOf(result.units.filter((u) => u.group === section));
        return (
          <div key={section ?? ''}>
            {section !== null && <Body1 block>{t.groupHeading(section)}</Body1>}
            <ul className={styles.plain} aria-label={section ?? t.topUnits}>
              {units.map((u) => <li key={u.column}>{t.rankLine(u.rank, u.name, n(u.total), n(u.index))}</li>)}
            </ul>
          </div>
        );
      })}

      <Subtitle2 as={heading} className={styles.heading}>{t.gradeCounts}</Subtitle2>
      <ul className={styles.list}>
        {result.options.gradeBands.map((band) => {
          const count = result.units.filter((u) => u.grade === band.name).length;
          const name = lang === 'vi' ? band.name : band.nameEn;
          return <li key={band.name}>{t.gradeCount(name, count)}</li>;
        })}
      </ul>

      <Subtitle2 as={heading} className={styles.heading}>{t.writtenSheets}</Subtitle2>
      <div className={styles.links}>
        {sheets.map((s) => (
          <Button key={s.key} className={styles.link} appearance="transparent" icon={<OpenRegular />} onClick={() => props.onOpenSheet(s.name)}>
            {t.openSheet(s.name)}
          </Button>
        ))}
      </div>
    </>
  );
}

export interface ResultSummaryProps {
  generated: Generated;
  /** The options or the scores changed since: the figures are old, and the message says so. */
  stale?: Staleness;
  onOpenSheet: (name: string) => void;
}

export function ResultSummary({ generated, stale, onOpenSheet }: ResultSummaryProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const { results, report, plan } = generated;
  const groupName = (g: GroupResult, i: number): string => g.name ?? t.unnamedGroup(i + 1);
  const wanted = new Map(plan.sheets.map((s) => [s.key, s.name]));
  const several = results.length > 1;
  const sheetsOf = (i: number) => report.sheets.filter((s) => groupOfSheet(s.key, plan) === i);
  const units = results.reduce((sum, g) => sum + g.result.units.length, 0);
  // The summary may appear below the fold: bring it (and the keyboard focus) to the reviewer.
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);

  return (
    <section className={styles.root} aria-label={stale ? t.staleTitle : t.doneTitle} ref={ref} tabIndex={-1}>
      {stale && (
        <MessageBar intent="warning" layout="multiline" data-testid="stale">
          <MessageBarBody>
            <MessageBarTitle>{t.staleTitle}</MessageBarTitle>
            {stale === 'options' ? t.staleOptions : t.staleScores}
          </MessageBarBody>
        </MessageBar>
      )}
      {/* The green message belongs to current figures only; stale, the same facts stay, plainly. */}
      <MessageBar intent={stale ? 'info' : 'success'} layout="multiline">
        <MessageBarBody>
          {!stale && <MessageBarTitle>{t.doneTitle}</MessageBarTitle>}
          {several ? t.groupsRanked(units, results.length) : t.unitsRanked(units)}
          {several && (
            <ul className={styles.plain} data-testid="written-groups">
              {results.map((g, i) => <li key={i}>{t.groupSheetsWritten(groupName(g, i), sheetsOf(i).map((s) => s.name).join(', '))}</li>)}
            </ul>
          )}
        </MessageBarBody>
      </MessageBar>
      {report.sheets.filter((s) => s.renamed).map((s) => (
        <MessageBar key={s.key} intent="warning" layout="multiline">
          <MessageBarBody>{t.renamed(wanted.get(s.key) ?? s.name, s.name)}</MessageBarBody>
        </MessageBar>
      ))}
      {generated.comparison && <ComparisonNote comparison={generated.comparison} />}
      {report.sheets.some((s) => s.replaced) && <Body1>{t.replaced}</Body1>}

      {several
        ? results.map((g, i) => (
          <section key={i} className={styles.part} aria-label={groupName(g, i)}>
            <Subtitle2 as="h3" className={styles.heading}>{groupName(g, i)}</Subtitle2>
            <GroupPart result={g.result} sheets={sheetsOf(i)} heading="h4" onOpenSheet={onOpenSheet} />
          </section>
        ))
        : results[0] && <GroupPart result={results[0].result} sheets={report.sheets} heading="h3" onOpenSheet={onOpenSheet} />}
    </section>
  );
}
