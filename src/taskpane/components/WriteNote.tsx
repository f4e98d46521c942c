/**
 * Before the tables are written: the sheets it will add, that Ctrl+Z cannot take an add-in's
 * writes back, and how to remove them.
 */
import { Caption1 } from '@fluentui/react-components';
import { useStrings } from '../strings';

export function WriteNote({ sheets, canRemove }: { sheets: readonly string[]; canRemove: boolean }) {
  const { t } = useStrings();
  return (
    <Caption1 block data-testid="write-note">
      {`${t.writeNote(sheets.length, sheets.join(', '))} ${t.undoNote} ${canRemove ? t.removeHint : t.removeHintManual}`}
    </Caption1>
  );
}
