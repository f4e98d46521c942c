/**
 * The grades: each band's Vietnamese name and minimum index (%), from the highest band down.
 * Every field says what is wrong with it; the bands are used only once they are all right.
 */
import { Caption1, Input, Label, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle12Filled } from '@fluentui/react-icons';
import { Fragment, useId, useState } from 'react';
import type { GradeBand } from '../../engine/types';
import type { UiStrings } from '../../i18n/ui';
import { type BandProblem, checkBands, parseMin } from '../bands';
import { useStrings } from '../strings';
import { formatNumber } from '../../i18n/format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 6.5em',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'center',
  },
  heading: { color: tokens.colorNeutralForeground2 },
  input: { width: '100%', minWidth: 0 },
  messages: { gridColumn: '1 / -1', display: 'flex', flexDirection: 'column', marginTop: `calc(-1 * ${tokens.spacingVerticalXXS})` },
  message: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'flex-start',
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  icon: { flexShrink: 0, marginTop: '2px' },
  summary: { color: tokens.colorPaletteRedForeground1 },
});

interface Draft {
  name: string;
  min: string;
}

function problemText(t: UiStrings, lang: 'vi' | 'en', p: BandProblem): string {
  switch (p.code) {
    case 'empty': return t.bandNameEmpty;
    case 'duplicate': return t.bandNameDuplicate(p.first + 1);
    case 'not-number': return t.bandMinNotNumber;
    case 'out-of-range': return t.bandMinOutOfRange;
    case 'not-decreasing': return t.bandMinNotDecreasing(p.aboveName, p.above + 1, formatNumber(p.aboveMin, lang));
  }
}

export function GradeBandsEditor(props: { bands: readonly GradeBand[]; onChange: (bands: GradeBand[]) => void; disabled: boolean }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const id = useId();
  const [drafts, setDrafts] = useState<Draft[]>(() => props.bands.map((b) => ({ name: b.name, min: formatNumber(b.min, lang) })));
  const check = checkBands(drafts.map((d) => ({ name: d.name, min: parseMin(d.min) })));

  const update = (index: number, change: Partial<Draft>) => {
    const next = drafts.map((d, i) => (i === index ? { ...d, ...change } : d));
    setDrafts(next);
    const checked = checkBands(next.map((d) => ({ name: d.name, min: parseMin(d.min) })));
    if (checked.bands) props.onChange(checked.bands);
  };

  return (
    <div className={styles.root} role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-help`}>
      <Label id={`${id}-label`}>{t.bandsLabel}</Label>
      <Caption1 id={`${id}-help`}>{t.bandsHelp}</Caption1>
      <div className={styles.grid}>
        <Caption1 className={styles.heading} aria-hidden>{t.bandNameColumn}</Caption1>
        <Caption1 className={styles.heading} aria-hidden>{t.bandMinColumn}</Caption1>
        {drafts.map((draft, i) => {
          const problems = check.problems[i] ?? [];
          const nameProblems = problems.filter((p) => p.field === 'name');
          const minProblems = problems.filter((p) => p.field === 'min');
          const messageId = (field: string) => `${id}-${i}-${field}`;
          return (
            <Fragment key={i}>
              <Input
                className={styles.input}
                value={draft.name}
                aria-label={t.bandName(i + 1)}
                aria-invalid={nameProblems.length > 0}
                aria-describedby={nameProblems.length > 0 ? messageId('name') : undefined}
                disabled={props.disabled}
                onChange={(_, data) => update(i, { name: data.value })}
              />
              <Input
                className={styles.input}
                value={draft.min}
                inputMode="decimal"
                aria-label={t.bandMin(draft.name.trim(), i + 1)}
                aria-invalid={minProblems.length > 0}
                aria-describedby={minProblems.length > 0 ? messageId('min') : undefined}
                disabled={props.disabled}
                onChange={(_, data) => update(i, { min: data.value })}
                contentAfter="%"
              />
              {problems.length > 0 && (
                <div className={styles.messages}>
                  {([['name', nameProblems], ['min', minProblems]] as const).map(([field, list]) =>
                    list.length === 0 ? null : (
                      <Text key={field} id={messageId(field)} className={styles.message}>
                        <ErrorCircle12Filled className={styles.icon} aria-hidden />
                        <span>{list.map((p) => problemText(t, lang, p)).join(' ')}</span>
                      </Text>
                    ),
                  )}
                </div>
              )}
            </Fragment>
          );
        })}
      </div>
      {!check.bands && <Caption1 role="alert" className={styles.summary}>{t.bandsInvalid}</Caption1>}
    </div>
  );
}
