/**
 * Asks before an action that cannot be taken back (restoring the defaults, removing the result
 * sheets): what it will do, the action, and "Huỷ". Escape and "Huỷ" close it without acting; focus
 * goes back to the button that opened it (Fluent's Dialog does both).
 */
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useStrings } from '../strings';

export interface ConfirmDialogProps {
  /** The button that opens the dialog. */
  trigger: ReactElement;
  title: string;
  body: string;
  confirm: string;
  onConfirm: () => void;
}

export function ConfirmDialog({ trigger, title, body, confirm, onConfirm }: ConfirmDialogProps) {
  const { t } = useStrings();
  return (
    <Dialog modalType="alert">
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary" onClick={onConfirm}>{confirm}</Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t.cancel}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
