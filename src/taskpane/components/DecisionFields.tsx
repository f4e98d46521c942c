/** The decision's details, printed in the heading of the ranking appendix. */
import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { DecisionInfo } from '../../engine/types';
import { useStrings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type TextKey = 'issuingBody' | 'number' | 'date' | 'rankedGroup';

export function DecisionFields(props: { decision: DecisionInfo; onChange: (d: DecisionInfo) => void; disabled: boolean }) {
  const { t } = useStrings();
  const styles = useStyles();
  const [yearText, setYearText] = useState(props.decision.year === undefined ? '' : String(props.decision.year));
  const yearValid = yearText.trim() === '' || /^\d{4}$/.test(yearText.trim());

  const setText = (key: TextKey, value: string) => {
    const next: DecisionInfo = { ...props.decision };
    if (value === '') delete next[key];
    else next[key] = value;
    props.onChange(next);
  };

  const setYear = (text: string) => {
    setYearText(text);
    const trimmed = text.trim();
    if (trimmed !== '' && !/^\d{4}$/.test(trimmed)) return;
    const next: DecisionInfo = { ...props.decision };
    if (trimmed === '') delete next.year;
    else next.year = Number(trimmed);
    props.onChange(next);
  };

  const text = (key: TextKey, label: string, placeholder: string) => (
    <Field label={label}>
      <Input
        value={props.decision[key] ?? ''}
        placeholder={placeholder}
        disabled={props.disabled}
        onChange={(_, data) => setText(key, data.value)}
      />
    </Field>
  );

  return (
    <div className={styles.root}>
      {text('issuingBody', t.issuingBody, t.issuingBodyPlaceholder)}
      {text('number', t.decisionNumber, t.decisionNumberPlaceholder)}
      {text('date', t.decisionDate, t.decisionDatePlaceholder)}
      <Field label={t.year} validationState={yearValid ? 'none' : 'error'} validationMessage={yearValid ? undefined : t.yearInvalid}>
        <Input value={yearText} inputMode="numeric" placeholder={t.yearPlaceholder} disabled={props.disabled} onChange={(_, data) => setYear(data.value)} />
      </Field>
      {text('rankedGroup', t.rankedGroup, t.rankedGroupPlaceholder)}
    </div>
  );
}
