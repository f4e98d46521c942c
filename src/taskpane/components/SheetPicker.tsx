/** The scoring sheet: chosen for the reviewer when possible, changeable always. */
import { Button, Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { UiStrings } from '../../i18n/ui';
import type { PaneSheetChoice } from '../state/state';
import { useStrings } from '../strings';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  field: { flexGrow: 1, minWidth: 0 },
  hint: { marginTop: tokens.spacingVerticalXS },
});

export interface SheetPickerProps {
  choice: PaneSheetChoice;
  selected: string | undefined;
  disabled: boolean;
  onSelect: (name: string) => void;
  onReload: () => void;
}

function hintText(t: UiStrings, choice: PaneSheetChoice): string {
  switch (choice.hint) {
    case 'kept': return t.sheetHintKept;
    case 'active': return t.sheetHintActive;
    case 'saved': return t.sheetHintSaved;
    case 'first-complete': return t.sheetHintFirstComplete(choice.scoring.length);
    case 'header-only': return t.sheetHintHeaderOnly;
    case 'none': return t.sheetHintNone;
  }
}

export function SheetPicker({ choice, selected, disabled, onSelect, onReload }: SheetPickerProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const hintId = useId();
  const groups: [string, string[]][] = [
    [t.sheetGroupScoring, choice.scoring],
    [t.sheetGroupIncomplete, choice.incomplete],
    [t.sheetGroupOthers, choice.others],
  ];
  const empty = groups.every(([, names]) => names.length === 0);
  const hint = empty ? t.noSheets : hintText(t, choice);
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
            {groups.filter(([, names]) => names.length > 0).map(([label, names]) => (
              <optgroup key={label} label={label}>
                {names.map((name) => <option key={name} value={name}>{name}</option>)}
              </optgroup>
            ))}
          </Select>
        </Field>
        <Button icon={<ArrowClockwiseRegular />} aria-label={t.sheetReload} title={t.sheetReload} disabled={disabled} onClick={onReload} />
      </div>
      <Caption1 id={hintId} block className={styles.hint}>{hint}</Caption1>
    </div>
  );
}
