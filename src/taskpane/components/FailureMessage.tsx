/** A failure as the reviewer sees it: what happened, what to do, and a copyable technical detail. */
import {
  Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import type { FailureText } from '../../i18n/ui';
import { useStrings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  detail: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export interface FailureMessageProps {
  text: FailureText;
  detail: string;
  onDismiss?: () => void;
  onRetry?: () => void;
}

type CopyState = 'idle' | 'copied' | 'failed';

export function FailureMessage({ text, detail, onDismiss, onRetry }: FailureMessageProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const detailRef = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const statusId = useId();
  // The message may be out of view (the pane scrolled to the generate button): bring it there.
  const rootRef = useRef<HTMLElement>(null);
  useEffect(() => rootRef.current?.focus(), []);

  const copyDetail = async () => {
    try {
      if (!navigator.clipboard) throw new Error('Clipboard API not available');
      await navigator.clipboard.writeText(detail);
      setCopy('copied');
    } catch {
      // The clipboard is often blocked inside Office's frame: select the text for Ctrl+C instead.
      detailRef.current?.focus();
      detailRef.current?.select();
      setCopy('failed');
    }
  };

  return (
    <section className={styles.root} aria-label={text.title} data-testid="failure" ref={rootRef} tabIndex={-1}>
      <MessageBar intent="error" layout="multiline" politeness="assertive">
        <MessageBarBody>
          <MessageBarTitle>{text.title}</MessageBarTitle>
          {text.action}
        </MessageBarBody>
        {onDismiss && (
          <MessageBarActions>
            <Button appearance="secondary" size="small" onClick={onDismiss}>{t.dismiss}</Button>
          </MessageBarActions>
        )}
      </MessageBar>
      <Field label={t.detailLabel} size="small">
        <Textarea ref={detailRef} className={styles.detail} value={detail} readOnly resize="vertical" rows={3} />
      </Field>
      <div className={styles.row}>
        <Button size="small" onClick={() => void copyDetail()} aria-describedby={statusId}>{t.copyDetail}</Button>
        {onRetry && <Button size="small" appearance="primary" onClick={onRetry}>{t.retry}</Button>}
        <span id={statusId} role="status">{copy === 'copied' ? t.copied : copy === 'failed' ? t.copyFailed : ''}</span>
      </div>
    </section>
  );
}
