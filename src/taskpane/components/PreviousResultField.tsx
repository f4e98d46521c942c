/** Last year's result: a sheet of the workbook holding a ranking table, or none. */
import { Field, Select } from '@fluentui/react-components';
import { useStrings } from '../strings';

export interface PreviousResultFieldProps {
  /** The sheet chosen, undefined for none. */
  value: string | undefined;
  /** Sheets holding a ranking table (not the scoring sheet, not our own result sheets). */
  sheets: readonly string[];
  disabled: boolean;
  onChange: (sheet: string | undefined) => void;
}

export function PreviousResultField({ value, sheets, disabled, onChange }: PreviousResultFieldProps) {
  const { t } = useStrings();
  const unusable = value !== undefined && !sheets.includes(value);
  const hint = sheets.length === 0 && value === undefined ? t.previousNoneFound : t.previousHint;
  return (
    <Field
      label={t.previousLabel}
      hint={unusable ? undefined : hint}
      validationState={unusable ? 'warning' : 'none'}
      validationMessage={unusable ? t.previousUnusableHint(value) : undefined}
    >
      <Select value={value ?? ''} disabled={disabled} onChange={(_, d) => onChange(d.value === '' ? undefined : d.value)}>
        <option value="">{t.previousNone}</option>
        {sheets.map((name) => <option key={name} value={name}>{name}</option>)}
        {unusable && <option value={value}>{t.previousUnusable(value)}</option>}
      </Select>
    </Field>
  );
}
