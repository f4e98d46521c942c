/**
 * After generating: "Tải bản Word (.docx)", the appendix just written as a Word document, built
 * in the pane through the use case (`appendixDocument`) and saved through a download link. The
 * builder (src/docx and its library) is loaded only when the button is pressed, so the pane's
 * first bundle does not carry it. Where the host lets no add-in download a file, the pane says
 * what to use instead (Excel on the web, or the command line's --docx); Excel for Mac drops the
 * download without telling the page, so the message after saving says it too.
 */
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { appendixDocument, type AppendixDocumentBuilder, type WrittenAppendix } from '../../usecase';
import { useStrings } from '../strings';
import { FailureMessage } from './FailureMessage';

/** The host cannot save a file from the page (no download links, no object URLs). */
export class DownloadUnavailableError extends Error {
  constructor() {
    super('This host cannot download files from the page');
    this.name = 'DownloadUnavailableError';
  }
}

/** Saves bytes as a file the user gets; throws DownloadUnavailableError where the host cannot. */
export type FileSaver = (bytes: Uint8Array, fileName: string, mimeType: string) => void;

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The builder, loaded on first use (its own chunk). */
const lazyBuilder: AppendixDocumentBuilder = async (plan, options) => (await import(/* webpackChunkName: "docx" */ '../../docx')).appendixDocx(plan, options);

/** A download through a Blob and a link with `download`, the way a browser saves a file a page made. */
export const downloadFile: FileSaver = (bytes, fileName, mimeType) => {
  if (typeof URL.createObjectURL !== 'function' || !('download' in HTMLAnchorElement.prototype)) throw new DownloadUnavailableError();
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started from the link; the URL is released once the click is handled.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

type Status = { kind: 'idle' } | { kind: 'building' } | { kind: 'saved' } | { kind: 'blocked' } | { kind: 'failed'; detail: string };

export function DocxDownload(props: { generated: WrittenAppendix; build?: AppendixDocumentBuilder; save?: FileSaver }) {
  const { t } = useStrings();
  const styles = useStyles();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const build = props.build ?? lazyBuilder;
  const save = props.save ?? downloadFile;
  // Tables generated again: what was said of the last document no longer holds.
  useEffect(() => setStatus({ kind: 'idle' }), [props.generated]);

  const run = async () => {
    setStatus({ kind: 'building' });
    try {
      const bytes = await appendixDocument(props.generated, build);
      save(bytes, t.docxFileName, DOCX_MIME);
      setStatus({ kind: 'saved' });
    } catch (e) {
      if (e instanceof DownloadUnavailableError) setStatus({ kind: 'blocked' });
      else setStatus({ kind: 'failed', detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
    }
  };

  return (
    <div className={styles.root}>
      <Button icon={<DocumentRegular />} disabled={status.kind === 'building'} onClick={() => void run()}>
        {t.docxDownload}
      </Button>
      <Caption1>{t.docxHint}</Caption1>
      {status.kind === 'building' && <Spinner size="tiny" label={t.docxBuilding} />}
      <div aria-live="polite">
        {status.kind === 'saved' && <Body1>{t.docxSaved(t.docxFileName)}</Body1>}
        {status.kind === 'blocked' && (
          <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t.docxBlocked}</MessageBarBody></MessageBar>
        )}
        {status.kind === 'failed' && (
          <FailureMessage text={t.docxFailed} detail={status.detail} onDismiss={() => setStatus({ kind: 'idle' })} onRetry={() => void run()} />
        )}
      </div>
    </div>
  );
}
