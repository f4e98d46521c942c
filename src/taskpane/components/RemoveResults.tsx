/**
 * "Xoá các bảng kết quả": removes the sheets this add-in wrote (never the scoring sheet, never a
 * sheet the reviewer made), after a confirmation, and says what it removed.
 */
import { Body1, Button } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useStrings } from '../strings';
import { ConfirmDialog } from './ConfirmDialog';

export interface RemoveResultsProps {
  disabled: boolean;
  removing: boolean;
  /** The sheets removed last time, shown until the next action. */
  removed: string[] | undefined;
  onRemove: () => void;
}

export function RemoveResults({ disabled, removing, removed, onRemove }: RemoveResultsProps) {
  const { t } = useStrings();
  return (
    <>
      <ConfirmDialog
        trigger={<Button icon={<DeleteRegular />} disabled={disabled}>{removing ? t.removing : t.removeResults}</Button>}
        title={t.removeConfirmTitle}
        body={t.removeConfirmBody}
        confirm={t.removeConfirm}
        onConfirm={onRemove}
      />
      {removed && <Body1 role="status">{t.removed(removed.length, removed.join(', '))}</Body1>}
    </>
  );
}
