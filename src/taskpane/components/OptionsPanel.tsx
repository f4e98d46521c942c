/**
 * Ranking method, not-applicable policy, grades, decimals, table language, last year's result, the
 * layout stated, decision details.
 */
import { Button, Caption1, Field, Radio, RadioGroup, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang, NotApplicablePolicy, RankingMethod } from '../../engine/types';
import { MAX_DECIMALS, type PaneOptions } from '../options';
import { useStrings } from '../strings';
import type { OptionsNote } from '../state/state';
import { ConfirmDialog } from './ConfirmDialog';
import { DecisionFields, type HeadingDefaults } from './DecisionFields';
import { GradeBandsEditor } from './GradeBandsEditor';
import { PreviousResultField } from './PreviousResultField';
import { StatedLayoutForm, type StatedLayoutFormProps } from './StatedLayoutForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

export interface OptionsPanelProps {
  options: PaneOptions;
  /** Sheets that can serve as last year's result. */
  previousSheets: readonly string[];
  note: OptionsNote | undefined;
  disabled: boolean;
  onChange: (options: PaneOptions) => void;
  onSave: () => void;
  onReset: () => void;
  /** What the layout form offers (the sheets, their rows and columns) and where it sends the layout stated. */
  layout: Omit<StatedLayoutFormProps, 'stated' | 'disabled'>;
  /** What the appendix heading takes from the scoring sheet's title where the fields are empty. */
  heading?: HeadingDefaults;
}

export function OptionsPanel({ options, previousSheets, note, disabled, onChange, onSave, onReset, layout, heading }: OptionsPanelProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const set = <K extends keyof PaneOptions>(key: K, value: PaneOptions[K]) => onChange({ ...options, [key]: value });
  const noteText = note === 'saved' ? t.optionsSaved : note === 'loaded' ? t.optionsLoaded : note === 'ignored' ? t.optionsIgnored : '';

  return (
    <div className={styles.root}>
      <Field label={t.rankingLabel}>
        <RadioGroup value={options.ranking} disabled={disabled} onChange={(_, d) => set('ranking', d.value as RankingMethod)}>
          <Radio value="dense" label={t.rankingDense} />
          <Radio value="competition" label={t.rankingCompetition} />
        </RadioGroup>
      </Field>
      <Field label={t.naLabel}>
        <RadioGroup value={options.notApplicable} disabled={disabled} onChange={(_, d) => set('notApplicable', d.value as NotApplicablePolicy)}>
          <Radio value="full" label={t.naFull} />
          <Radio value="exclude" label={t.naExclude} />
        </RadioGroup>
      </Field>
      <GradeBandsEditor bands={options.gradeBands} disabled={disabled} onChange={(b) => set('gradeBands', b)} />
      <Field label={t.decimalsLabel}>
        <Select value={String(options.decimals)} disabled={disabled} onChange={(_, d) => set('decimals', Number(d.value))}>
          {Array.from({ length: MAX_DECIMALS + 1 }, (_, n) => <option key={n} value={String(n)}>{n}</option>)}
        </Select>
      </Field>
      <Field label={t.tablesLangLabel}>
        <Select value={options.lang} disabled={disabled} onChange={(_, d) => set('lang', d.value as Lang)}>
          <option value="vi">{t.langVi}</option>
          <option value="en">{t.langEn}</option>
        </Select>
      </Field>
      <PreviousResultField
        value={options.previousSheet}
        sheets={previousSheets}
        disabled={disabled}
        onChange={(sheet) => {
          const { previousSheet: _old, ...rest } = options;
          onChange(sheet === undefined ? rest : { ...rest, previousSheet: sheet });
        }}
      />
      <StatedLayoutForm stated={options.stated} disabled={disabled} {...layout} />
      <Subtitle2 as="h3">{t.decisionTitle}</Subtitle2>
      <DecisionFields decision={options.decision} disabled={disabled} onChange={(d) => set('decision', d)} {...(heading ? { heading } : {})} />
      <div className={styles.row}>
        {/* The pane's one primary button is "Tạo bảng xếp hạng". */}
        <Button disabled={disabled} onClick={onSave}>{t.saveOptions}</Button>
        <ConfirmDialog
          trigger={<Button disabled={disabled}>{t.resetOptions}</Button>}
          title={t.resetConfirmTitle}
          body={t.resetConfirmBody}
          confirm={t.resetOptions}
          onConfirm={onReset}
        />
      </div>
      <Caption1 role="status">{noteText}</Caption1>
    </div>
  );
}
