/**
 * "Tạo bảng xếp hạng" refused (the sheet has errors): the message takes the keyboard focus, so a
 * reviewer who pressed the button hears why and goes on from there to the errors listed below it.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useStrings } from '../strings';

export function BlockedMessage({ errors }: { errors: number }) {
  const { t } = useStrings();
  const ref = useRef<HTMLDivElement>(null);
  // Each refusal mounts it anew (generating clears it first), so each one brings the focus here.
  useEffect(() => ref.current?.focus(), []);
  return (
    <MessageBar ref={ref} tabIndex={-1} intent="error" layout="multiline" data-testid="generate-blocked">
      <MessageBarBody>{t.generateBlocked(errors)}</MessageBarBody>
    </MessageBar>
  );
}
