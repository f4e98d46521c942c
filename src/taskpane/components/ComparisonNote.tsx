/** After generating with last year's result: how many units were compared, or why none were. */
import { Body1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { Comparison } from '../../usecase';
import { useStrings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/** Units not found last year are listed up to this many, then counted. */
const MAX_NAMES = 8;

export function ComparisonNote({ comparison }: { comparison: Comparison }) {
  const { t } = useStrings();
  const styles = useStyles();
  if ('problem' in comparison) {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="comparison">
        <MessageBarBody>{t.previousProblem[comparison.problem](comparison.sheet)}</MessageBarBody>
      </MessageBar>
    );
  }
  const { unmatched } = comparison;
  const names = unmatched.slice(0, MAX_NAMES).join(', ') + (unmatched.length > MAX_NAMES ? `, ${t.andMore(unmatched.length - MAX_NAMES)}` : '');
  const line = t.comparedWithPrevious(comparison.matched, comparison.total, comparison.sheet);
  if (comparison.matched === 0) {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="comparison">
        <MessageBarBody>{`${line} ${t.previousNoMatch}`}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.root} data-testid="comparison">
      <Body1 block>{line}</Body1>
      {unmatched.length > 0 && <Body1 block>{t.previousUnmatched(names)}</Body1>}
    </div>
  );
}
