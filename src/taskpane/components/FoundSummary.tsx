/** What the engine found in the sheet: units, components, criteria, maximum total. */
import { Body1, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { formatNumber } from '../../i18n/format';
import { useStrings } from '../strings';
import type { Analysis } from '../state/state';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

export function FoundSummary({ analysis }: { analysis: Analysis }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const { outcome } = analysis;
  const errors = outcome.findings.filter((f) => f.severity === 'error').length;
  const warnings = outcome.findings.length - errors;
  if (!outcome.ok) {
    return <Body1 role="status">{t.foundNotScorable(errors)}</Body1>;
  }
  const { result } = outcome;
  const criteria = result.criteria.filter((c) => c.level > 1).length;
  const groups = result.groups.filter((g) => g !== null);
  const rows: [string, string][] = [
    [t.foundUnits, String(result.units.length)],
    [t.foundComponents, String(result.components.length)],
    [t.foundCriteria, String(criteria)],
    [t.foundMaxTotal, formatNumber(result.maxTotal, lang)],
  ];
  if (groups.length > 0) rows.push([t.foundGroups, groups.join(', ')]);
  return (
    <section aria-labelledby="found-heading">
      <Subtitle2 as="h3" id="found-heading">{t.foundTitle}</Subtitle2>
      <dl className={styles.list}>
        {rows.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      {result.hasSelfScores && <Caption1 block>{t.foundSelfScores}</Caption1>}
      <Caption1 block>{t.foundCounts(errors, warnings)}</Caption1>
    </section>
  );
}
