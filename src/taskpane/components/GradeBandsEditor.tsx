/** The minimum index (%) of each grade; names stay as published, minimums are the reviewer's. */
import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { GradeBand } from '../../engine/types';
import { bandsAreValid } from '../options';
import { useStrings } from '../strings';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(110px, 1fr))', gap: tokens.spacingHorizontalS },
  input: { width: '100%', minWidth: 0 },
});

function parseMin(text: string): number {
  const normalised = text.trim().replace(',', '.');
  return normalised === '' ? NaN : Number(normalised);
}

export function GradeBandsEditor(props: { bands: readonly GradeBand[]; onChange: (bands: GradeBand[]) => void; disabled: boolean }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const [drafts, setDrafts] = useState(() => props.bands.map((b) => String(b.min)));
  const mins = drafts.map(parseMin);
  const valid = bandsAreValid(mins);

  const update = (index: number, text: string) => {
    const next = drafts.map((d, i) => (i === index ? text : d));
    setDrafts(next);
    const nextMins = next.map(parseMin);
    if (bandsAreValid(nextMins)) props.onChange(props.bands.map((b, i) => ({ ...b, min: nextMins[i] })));
  };

  return (
    <Field
      label={t.bandsLabel}
      validationState={valid ? 'none' : 'error'}
      validationMessage={valid ? undefined : t.bandsInvalid}
    >
      <div className={styles.grid} role="group" aria-label={t.bandsLabel}>
        {props.bands.map((band, i) => {
          const name = lang === 'vi' ? band.name : band.nameEn;
          return (
            <Field key={band.name} label={t.bandMin(name)} size="small">
              <Input
                className={styles.input}
                value={drafts[i]}
                inputMode="decimal"
                disabled={props.disabled}
                aria-invalid={!valid}
                onChange={(_, data) => update(i, data.value)}
                contentAfter="%"
              />
            </Field>
          );
        })}
      </div>
    </Field>
  );
}
