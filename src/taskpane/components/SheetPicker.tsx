/** The scoring sheet: chosen for the reviewer when possible, changeable always. */
import { Button, Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { SheetChoice } from '../sheets';
import { useStrings } from '../strings';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  field: { flexGrow: 1, minWidth: 0 },
});

export interface SheetPickerProps {
  choice: SheetChoice;
  selected: string | undefined;
  disabled: boolean;
  onSelect: (name: string) => void;
  onReload: () => void;
}

export function SheetPicker({ choice, selected, disabled, onSelect, onReload }: SheetPickerProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const hintId = useId();
  const empty = choice.scoring.length + choice.others.length === 0;
  const hint = empty
    ? t.noSheets
    : choice.hint === 'active' ? t.sheetHintActive : choice.hint === 'pick' ? t.sheetHintPick : t.sheetHintNone;
  return (
    <div>
      <div className={styles.row}>
        <Field className={styles.field} label={t.sheetLabel}>
          <Select
            aria-describedby={hintId}
            value={selected ?? ''}
            disabled={disabled || empty}
            onChange={(_, data) => {
              if (data.value !== '') onSelect(data.value);
            }}
          >
            {selected === undefined && <option value="">—</option>}
            {choice.scoring.map((name) => <option key={name} value={name}>{name}</option>)}
            {choice.others.map((name) => <option key={name} value={name}>{name}</option>)}
          </Select>
        </Field>
        <Button icon={<ArrowClockwiseRegular />} aria-label={t.sheetReload} title={t.sheetReload} disabled={disabled} onClick={onReload} />
      </div>
      <Caption1 id={hintId} block>{hint}</Caption1>
    </div>
  );
}
