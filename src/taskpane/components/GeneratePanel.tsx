/** The generate button and, while it works, a progress bar that says what is being done. */
import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { TableSimpleRegular } from '@fluentui/react-icons';
import { useStrings } from '../strings';
import type { Progress } from '../state/state';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function GeneratePanel(props: { disabled: boolean; progress: Progress | null; onGenerate: () => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Button appearance="primary" size="large" icon={<TableSimpleRegular />} disabled={props.disabled} onClick={props.onGenerate}>
        {props.progress ? t.generating : t.generate}
      </Button>
      {props.progress && (
        <Field validationMessage={t.progressStep[props.progress.step]} validationState="none">
          <ProgressBar value={props.progress.fraction} max={1} aria-label={t.generating} />
        </Field>
      )}
    </div>
  );
}
