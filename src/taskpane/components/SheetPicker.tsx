/** What is scored: the whole workbook or one sheet, chosen for the reviewer when possible, changeable always. */
import { Button, Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { UiStrings } from '../../i18n/ui';
import { WHOLE_WORKBOOK } from '../../usecase';
import type { PaneSheetChoice } from '../state/state';
import { useStrings } from '../strings';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  field: { flexGrow: 1, minWidth: 0 },
  hint: { marginTop: tokens.spacingVerticalXS },
});

export interface SheetPickerProps {
  choice: PaneSheetChoice;
  /** The scope selected: a sheet's name, or `WHOLE_WORKBOOK`. */
  selected: string | undefined;
  disabled: boolean;
  onSelect: (scope: string) => void;
  onReload: () => void;
}

/** Why this scope: the rule that chose it, said of the whole workbook or of a sheet. */
function hintText(t: UiStrings, choice: PaneSheetChoice, whole: boolean): string {
  const n = choice.scoring.length;
  switch (choice.hint) {
    case 'kept': return whole ? t.scopeHintKeptWhole : t.sheetHintKept;
    case 'active': return whole ? t.scopeHintActiveWhole(n) : t.sheetHintActive;
    case 'saved': return whole ? t.scopeHintSavedWhole : t.sheetHintSaved;
    case 'workbook': return whole ? t.scopeHintWorkbook(n) : t.sheetHintWorkbookOne;
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
  const offersWhole = choice.scoring.length >= 2;
  const hint = empty ? t.noSheets : hintText(t, choice, selected === WHOLE_WORKBOOK);
  // A scoring sheet read by another reader than the standard one says which.
  const label = (name: string) => {
    const kind = choice.kinds[name];
    return kind && kind !== 'criteria-as-rows' ? t.sheetWithKind(name, t.layoutKinds[kind]) : name;
  };
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
            {offersWhole && <option value={WHOLE_WORKBOOK}>{t.wholeWorkbook}</option>}
            {groups.filter(([, names]) => names.length > 0).map(([groupLabel, names]) => (
              <optgroup key={groupLabel} label={groupLabel}>
                {names.map((name) => <option key={name} value={name}>{label(name)}</option>)}
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
