/**
 * After generating: the top units, the comparison with last year, units per grade, and buttons that
 * open the written sheets.
 */
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import type { UnitResult } from '../../engine/types';
import { formatNumber } from '../../i18n/format';
import { useStrings } from '../strings';
import { ComparisonNote } from './ComparisonNote';
import type { Generated } from '../state/state';

/** Ranks shown as "top"; ties at the last of them are all shown, up to MAX_TOP_LINES units. */
const TOP_RANKS = 3;
const MAX_TOP_LINES = 6;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
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

export function ResultSummary({ generated, onOpenSheet }: { generated: Generated; onOpenSheet: (name: string) => void }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const { result, report, plan } = generated;
  const wanted = new Map(plan.sheets.map((s) => [s.key, s.name]));
  const groups = result.groups;
  const n = (x: number) => formatNumber(x, lang);
  // The summary may appear below the fold: bring it (and the keyboard focus) to the reviewer.
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);

  return (
    <section className={styles.root} aria-label={t.doneTitle} ref={ref} tabIndex={-1}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.doneTitle}</MessageBarTitle>
          {t.unitsRanked(result.units.length)}
        </MessageBarBody>
      </MessageBar>
      {report.sheets.filter((s) => s.renamed).map((s) => (
        <MessageBar key={s.key} intent="warning" layout="multiline">
          <MessageBarBody>{t.renamed(wanted.get(s.key) ?? s.name, s.name)}</MessageBarBody>
        </MessageBar>
      ))}
      {generated.comparison && <ComparisonNote comparison={generated.comparison} />}
      {report.sheets.some((s) => s.replaced) && <Body1>{t.replaced}</Body1>}

      <Subtitle2 as="h3" className={styles.heading}>{t.topUnits}</Subtitle2>
      {groups.map((group) => {
        const units = topOf(result.units.filter((u) => u.group === group));
        return (
          <div key={group ?? ''}>
            {group !== null && <Body1 block>{t.groupHeading(group)}</Body1>}
            <ul className={styles.plain} aria-label={group ?? t.topUnits}>
              {units.map((u) => <li key={u.column}>{t.rankLine(u.rank, u.name, n(u.total), n(u.index))}</li>)}
            </ul>
          </div>
        );
      })}

      <Subtitle2 as="h3" className={styles.heading}>{t.gradeCounts}</Subtitle2>
      <ul className={styles.list}>
        {result.options.gradeBands.map((band) => {
          const count = result.units.filter((u) => u.grade === band.name).length;
          const name = lang === 'vi' ? band.name : band.nameEn;
          return <li key={band.name}>{t.gradeCount(name, count)}</li>;
        })}
      </ul>

      <Subtitle2 as="h3" className={styles.heading}>{t.writtenSheets}</Subtitle2>
      <div className={styles.links}>
        {report.sheets.map((s) => (
          <Button key={s.key} className={styles.link} appearance="transparent" icon={<OpenRegular />} onClick={() => onOpenSheet(s.name)}>
            {t.openSheet(s.name)}
          </Button>
        ))}
      </div>
    </section>
  );
}
