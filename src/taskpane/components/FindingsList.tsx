/** Errors and warnings, grouped; each one is a button that selects its cell in the sheet. */
import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Finding } from '../../engine/findings';
import { formatFinding } from '../../i18n/findings';
import { useStrings } from '../strings';

const PAGE = 50;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    width: '100%',
    minHeight: '32px',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

function FindingGroup(props: { findings: Finding[]; heading: string; severity: Finding['severity']; onSelect: (f: Finding) => void }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const headingId = `findings-${props.severity}`;
  const Icon = props.severity === 'error' ? ErrorCircleRegular : WarningRegular;
  const rest = props.findings.length - shown;
  return (
    <div role="group" aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        <Icon className={props.severity === 'error' ? styles.error : styles.warning} aria-hidden />
        {props.heading}
      </Subtitle2>
      <ul className={styles.list}>
        {props.findings.slice(0, shown).map((f, i) => (
          <li key={`${f.rule}-${f.cell}-${i}`}>
            <Button
              appearance="subtle"
              className={styles.item}
              title={t.goToCell(f.cell)}
              onClick={() => props.onSelect(f)}
              data-cell={`${f.sheet}!${f.cell}`}
            >
              <span>
                <span className={styles.cell}>{f.cell}:</span>
                {formatFinding(f, lang)}
              </span>
            </Button>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <Button appearance="transparent" onClick={() => setShown((n) => n + PAGE * 4)}>{t.showMore(rest)}</Button>
      )}
    </div>
  );
}

export function FindingsList({ findings, onSelect }: { findings: readonly Finding[]; onSelect: (f: Finding) => void }) {
  const { t } = useStrings();
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  return (
    <section aria-label={t.findingsTitle}>
      {findings.length === 0 && <p role="status">{t.noFindings}</p>}
      {errors.length > 0 && <FindingGroup findings={errors} severity="error" heading={t.errorsHeading(errors.length)} onSelect={onSelect} />}
      {warnings.length > 0 && <FindingGroup findings={warnings} severity="warning" heading={t.warningsHeading(warnings.length)} onSelect={onSelect} />}
    </section>
  );
}
