/**
 * What the readers and the engine found in the scope: the layout recognised (one line per ranking
 * group, "Đơn vị theo hàng · sheet Tổng hợp · dòng tiêu đề 4 · …"), the sheets left out and why,
 * then the units, components, criteria and maximum total (one group) or each group's (several).
 */
import { Body1, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ModelGroup } from '../../engine/model';
import type { ScoreResult } from '../../engine/types';
import { formatNumber } from '../../i18n/format';
import { describeLayout } from '../../i18n/layout';
import { useStrings } from '../strings';
import type { Analysis } from '../state/state';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  plain: { margin: 0, padding: 0, listStyleType: 'none' },
  // Headings take the column's gap, not the browser's h3 margins.
  heading: { margin: 0 },
});

/** A group's name as the reviewer reads it: its sheet, or its first and last sheets (forms). */
export function groupLabel(group: Pick<ModelGroup, 'name' | 'sheets'>): string {
  if (group.name !== null) return group.name;
  const { sheets } = group;
  return sheets.length <= 1 ? (sheets[0] ?? '') : `${sheets[0]} – ${sheets[sheets.length - 1]}`;
}

function Figures({ result }: { result: ScoreResult }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const criteria = result.criteria.filter((c) => c.level > 1).length;
  const sections = result.groups.filter((g) => g !== null);
  const rows: [string, string][] = [
    [t.foundUnits, String(result.units.length)],
    [t.foundComponents, String(result.components.length)],
    [t.foundCriteria, String(criteria)],
    [t.foundMaxTotal, formatNumber(result.maxTotal, lang)],
  ];
  if (sections.length > 0) rows.push([t.foundGroups, sections.join(', ')]);
  return (
    <dl className={styles.list}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function FoundSummary({ analysis }: { analysis: Analysis }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const { outcome, model } = analysis;
  const errors = outcome.findings.filter((f) => f.severity === 'error').length;
  const warnings = outcome.findings.length - errors;
  const layouts = model?.layouts ?? [];
  const leftOut = model?.leftOut ?? [];
  const groups = outcome.groups;
  const single = groups.length === 1 ? groups[0].outcome : undefined;
  const hasSelfScores = groups.some((g) => g.outcome.ok && g.outcome.result.hasSelfScores);

  return (
    <section className={styles.root} aria-labelledby="found-heading">
      <Subtitle2 as="h3" id="found-heading" className={styles.heading}>{t.foundTitle}</Subtitle2>
      {layouts.length > 0 && (
        <div data-testid="layouts">
          <Caption1 block>{analysis.stated ? t.layoutStated : t.layoutDetected}</Caption1>
          <ul className={styles.plain}>
            {layouts.map((layout, i) => <li key={i}><Body1>{describeLayout(layout, lang)}</Body1></li>)}
          </ul>
        </div>
      )}
      {leftOut.map((l) => <Caption1 block key={l.sheet} data-testid="left-out">{t.leftOutSameUnits(l.sheet, l.sameAs)}</Caption1>)}

      {groups.length > 1 && (
        <>
          <Body1 block>{t.foundGroupsCount(groups.length)}</Body1>
          <ul className={styles.plain} aria-label={t.foundGroupsList}>
            {groups.map(({ group, outcome: o }, i) => {
              const name = groupLabel(group);
              if (!o.ok) {
                const units = layouts[i]?.units ?? 0;
                const e = o.findings.filter((f) => f.severity === 'error').length;
                return <li key={name}>{t.foundGroupNotScored(name, units, e)}</li>;
              }
              const r = o.result;
              return <li key={name}>{t.foundGroupLine(name, r.units.length, r.components.length, formatNumber(r.maxTotal, lang))}</li>;
            })}
          </ul>
        </>
      )}
      {single?.ok && <Figures result={single.result} />}

      {!outcome.ok && <Body1 role="status">{t.foundNotScorable(errors)}</Body1>}
      {outcome.ok && hasSelfScores && <Caption1 block>{t.foundSelfScores}</Caption1>}
      {outcome.ok && <Caption1 block>{t.foundCounts(errors, warnings)}</Caption1>}
    </section>
  );
}
