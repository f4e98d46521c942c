/**
 * Errors and warnings, grouped; each one is a button that selects its cell in the sheet (named
 * with its sheet, "Khối xã!E10", when the findings are about several sheets). They look like what
 * they are: the cell as a link, a chevron, and a hint above them.
 */
import { Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronRightRegular, ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
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
    // The chevron at the right edge, the text taking the rest.
    '& > span:first-child': { flexGrow: 1 },
  },
  cell: {
    fontWeight: tokens.fontWeightSemibold,
    marginRight: tokens.spacingHorizontalXS,
    color: tokens.colorBrandForeground1,
    textDecorationLine: 'underline',
  },
  hint: { color: tokens.colorNeutralForeground2 },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

interface GroupProps {
  findings: Finding[];
  heading: string;
  severity: Finding['severity'];
  withSheet: boolean;
  onSelect: (f: Finding) => void;
}

function FindingGroup(props: GroupProps) {
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
        {props.findings.slice(0, shown).map((f, i) => {
          const cell = props.withSheet ? `${f.sheet}!${f.cell}` : f.cell;
          return (
            <li key={`${f.rule}-${f.sheet}-${f.cell}-${i}`}>
              <Button
                appearance="subtle"
                icon={<ChevronRightRegular />}
                iconPosition="after"
                className={styles.item}
                title={t.goToCell(cell)}
                onClick={() => props.onSelect(f)}
                data-cell={`${f.sheet}!${f.cell}`}
              >
                <span>
                  <span className={styles.cell}>{cell}:</span>
                  {formatFinding(f, lang)}
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
      {rest > 0 && (
        <Button appearance="transparent" onClick={() => setShown((n) => n + PAGE * 4)}>{t.showMore(rest)}</Button>
      )}
    </div>
  );
}

export interface FindingsListProps {
  findings: readonly Finding[];
  /** The findings are about several sheets (the whole workbook): each names its sheet. */
  severalSheets: boolean;
  onSelect: (f: Finding) => void;
}

export function FindingsList({ findings, severalSheets, onSelect }: FindingsListProps) {
  const { t } = useStrings();
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const withSheet = severalSheets || new Set(findings.map((f) => f.sheet)).size > 1;
  const styles = useStyles();
  return (
    <section aria-label={t.findingsTitle}>
      {findings.length === 0 && <p role="status">{t.noFindings}</p>}
      {findings.length > 0 && <Caption1 block className={styles.hint}>{t.findingsHint}</Caption1>}
      {errors.length > 0 && <FindingGroup findings={errors} severity="error" heading={t.errorsHeading(errors.length)} withSheet={withSheet} onSelect={onSelect} />}
      {warnings.length > 0 && <FindingGroup findings={warnings} severity="warning" heading={t.warningsHeading(warnings.length)} withSheet={withSheet} onSelect={onSelect} />}
    </section>
  );
}
