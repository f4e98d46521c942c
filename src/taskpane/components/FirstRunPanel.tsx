/**
 * What a reviewer meets first: what the add-in does, its three steps, a sample to try (in the
 * preview: the sample is open, try it at once; in Excel: the preview with the sample, and the
 * sample file), help. Hidden for good on this computer by "Đã hiểu".
 */
import { Body1, Button, Caption1, Link, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useStrings } from '../strings';
import { HelpLink } from './HelpLink';

/** The preview, beside the pane wherever it is hosted. */
export const PREVIEW_PAGE = 'preview.html';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  heading: { margin: 0 },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

export interface FirstRunPanelProps {
  /** The pane runs in the preview, on the sample. */
  preview: boolean;
  /** In the preview: generate from the sample now (absent while it cannot). */
  onTrySample?: () => void;
  onDismiss: () => void;
}

export function FirstRunPanel({ preview, onTrySample, onDismiss }: FirstRunPanelProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="first-run">
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>{t.guideTitle}</Subtitle2>
      <Body1 block>{t.guideIntro}</Body1>
      <ol className={styles.steps}>
        {t.guideSteps.map((step) => <li key={step}><Body1>{step}</Body1></li>)}
      </ol>
      {preview ? (
        <>
          <Caption1 block>{t.guideSampleInPreview}</Caption1>
          <div className={styles.row}>
            <Button disabled={!onTrySample} onClick={onTrySample}>{t.guideTrySample}</Button>
          </div>
        </>
      ) : (
        <>
          <Link href={PREVIEW_PAGE} target="_blank" rel="noopener noreferrer" aria-label={`${t.guideSampleLink} ${t.opensNewWindow}`}>
            {t.guideSampleLink}
          </Link>
          <Caption1 block>{t.guideSampleFile}</Caption1>
        </>
      )}
      <div className={styles.row}>
        <Button onClick={onDismiss}>{t.guideDismiss}</Button>
        <HelpLink />
      </div>
    </section>
  );
}
