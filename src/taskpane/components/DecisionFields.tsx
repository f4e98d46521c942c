/**
 * The decision's details, printed in the heading of the ranking appendix. A detail left empty that
 * the scoring sheet's title rows give (issuing body, year, ranked group) shows that value, editable,
 * with the cell it came from; one left empty and not given says it will print as dots.
 */
import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { DecisionInfo } from '../../engine/types';
import { checkDecisionDate } from '../decision-date';
import { useStrings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type TextKey = 'issuingBody' | 'number' | 'rankedGroup';

/** A detail the heading takes from the title rows while the field is empty: its value and cell. */
export interface FromTitle {
  value: string | number;
  cell: string;
}

export interface HeadingDefaults {
  fromTitle: Partial<Record<keyof DecisionInfo, FromTitle>>;
  /** The details that stay as dots. */
  missing: readonly (keyof DecisionInfo)[];
}

export interface DecisionFieldsProps {
  decision: DecisionInfo;
  onChange: (d: DecisionInfo) => void;
  disabled: boolean;
  /** What the heading uses where the fields are empty, from the scope as scored now. */
  heading?: HeadingDefaults;
}

export function DecisionFields(props: DecisionFieldsProps) {
  const { t } = useStrings();
  const fromTitle = props.heading?.fromTitle ?? {};
  const hint = (key: keyof DecisionInfo): string | undefined => {
    const from = fromTitle[key];
    if (from) return t.decisionFromTitle(from.cell);
    return props.heading?.missing.includes(key) ? t.decisionDots : undefined;
  };
  const styles = useStyles();
  const [yearText, setYearText] = useState(props.decision.year === undefined ? '' : String(props.decision.year));
  const yearValid = yearText.trim() === '' || /^\d{4}$/.test(yearText.trim());
  // The date as typed; the options hold it only as a real date (dd/mm/yyyy), else none.
  const [dateText, setDateText] = useState(props.decision.date ?? '');
  const dateValid = checkDecisionDate(dateText).state !== 'invalid';

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

  const setDate = (text: string) => {
    setDateText(text);
    const checked = checkDecisionDate(text);
    // A date that is not one is not printed: the heading keeps its dots until it is corrected.
    const next: DecisionInfo = { ...props.decision };
    if (checked.state === 'valid') next.date = checked.text;
    else delete next.date;
    props.onChange(next);
  };

  const text = (key: TextKey, label: string, placeholder: string) => (
    <Field label={label} hint={hint(key)}>
      <Input
        value={props.decision[key] ?? String(fromTitle[key]?.value ?? '')}
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
      <Field
        label={t.decisionDate}
        hint={dateValid ? hint('date') : undefined}
        validationState={dateValid ? 'none' : 'error'}
        validationMessage={dateValid ? undefined : t.decisionDateInvalid}
      >
        <Input
          value={dateText}
          inputMode="numeric"
          placeholder={t.decisionDatePlaceholder}
          disabled={props.disabled}
          onChange={(_, data) => setDate(data.value)}
        />
      </Field>
      <Field
        label={t.year}
        hint={yearValid ? hint('year') : undefined}
        validationState={yearValid ? 'none' : 'error'}
        validationMessage={yearValid ? undefined : t.yearInvalid}
      >
        <Input value={yearText !== '' ? yearText : String(fromTitle.year?.value ?? '')} inputMode="numeric" placeholder={t.yearPlaceholder} disabled={props.disabled} onChange={(_, data) => setYear(data.value)} />
      </Field>
      {text('rankedGroup', t.rankedGroup, t.rankedGroupPlaceholder)}
    </div>
  );
}
