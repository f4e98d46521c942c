/**
 * The pane's layout: the first-run guide, sheet and what was found, check, options, generate (with
 * what it will add, and the removal of what it added). State and actions come from usePane.
 */
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Spinner, Subtitle1, Title3,
  makeStyles, tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { type EngineApi, groupResults } from '../usecase';
import type { DecisionInfo } from '../engine/types';
import type { UiStrings } from '../i18n/ui';
import { BlockedMessage } from './components/BlockedMessage';
import type { HeadingDefaults } from './components/DecisionFields';
import { CalculationNotice } from './components/CalculationNotice';
import { FailureMessage } from './components/FailureMessage';
import { FirstRunPanel } from './components/FirstRunPanel';
import { HelpLink } from './components/HelpLink';
import { RemoveResults } from './components/RemoveResults';
import { WriteNote } from './components/WriteNote';
import { FindingsList } from './components/FindingsList';
import { FoundSummary } from './components/FoundSummary';
import { GeneratePanel } from './components/GeneratePanel';
import { OptionsPanel } from './components/OptionsPanel';
import { DocxDownload } from './components/DocxDownload';
import { ResultSummary } from './components/ResultSummary';
import { SheetPicker } from './components/SheetPicker';
import { failureText } from './errors';
import { useStrings } from './strings';
import { type PaneDeps, usePane } from './usePane';
import type { Analysis } from './state/state';
import { resultStaleness } from './state/stale';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    maxWidth: '640px',
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  header: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  // The options header lines up with the other section headings.
  accordionHeader: { '& > button': { paddingLeft: 0, paddingRight: 0 } },
  accordionPanel: { marginLeft: 0, marginRight: 0 },
});

/**
 * The sheets generating would write, from the plan of the scope as scored now; none when it does
 * not score. Only a note depends on it: a plan that cannot be built leaves the note out, and
 * generating then reports the failure.
 */
function plannedSheets(engine: EngineApi, analysis: Analysis | undefined): string[] {
  if (!analysis?.outcome.ok) return [];
  try {
    return engine.buildWorkbookPlan(groupResults(analysis.outcome)).sheets.map((s) => s.name);
  } catch {
    return [];
  }
}

/** The appendix heading as the scope scored now would print it: details from the title rows, details left as dots. */
function headingDefaults(analysis: Analysis | undefined): HeadingDefaults | undefined {
  const heading = analysis?.heading;
  if (!heading) return undefined;
  const block = analysis.titleBlock;
  const fromTitle: HeadingDefaults['fromTitle'] = {};
  for (const part of heading.fromTitleBlock) {
    const value = heading.decision[part];
    const cell = part === 'issuingBody' || part === 'year' || part === 'rankedGroup' ? block?.[part]?.cell : undefined;
    if (value !== undefined && cell !== undefined) fromTitle[part] = { value, cell };
  }
  return { fromTitle, missing: heading.missing };
}

function headingPartLabel(t: UiStrings, part: keyof DecisionInfo): string {
  switch (part) {
    case 'issuingBody': return t.issuingBody;
    case 'number': return t.decisionNumber;
    case 'date': return t.decisionDate;
    case 'year': return t.year;
    case 'rankedGroup': return t.rankedGroup;
  }
}

export interface AppProps extends PaneDeps {
  /** The pane runs in the browser preview, on the sample workbook. */
  preview?: boolean;
}

export function App({ preview = false, ...deps }: AppProps) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const pane = usePane(deps);
  const busy = pane.busy !== null;
  const stale = resultStaleness(pane);
  const planned = useMemo(() => plannedSheets(deps.engine, pane.analysis), [deps.engine, pane.analysis]);
  const canGenerate = !busy && pane.selected !== undefined;
  const heading = useMemo(() => headingDefaults(pane.analysis), [pane.analysis]);
  const missing = pane.analysis?.outcome.ok ? (heading?.missing ?? []) : [];
  const findings = pane.analysis?.outcome.findings ?? [];
  // Last year's result may be any ranking table but the sheets scored.
  const scored = new Set([pane.selected, ...(pane.analysis?.sheets.map((s) => s.name) ?? [])]);
  const previousSheets = pane.choice?.rankingTables.filter((name) => !scored.has(name)) ?? [];
  const previousSheet = pane.options.previousSheet;
  const offeredSheets = pane.choice ? [...pane.choice.scoring, ...pane.choice.incomplete, ...pane.choice.others] : [];

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{t.appTitle}</Title3>
        <Caption1>{t.appSubtitle}</Caption1>
        {!pane.guide && <HelpLink />}
      </header>

      {pane.guide && (
        <FirstRunPanel
          preview={preview}
          onTrySample={canGenerate ? () => void pane.generate() : undefined}
          onDismiss={pane.dismissGuide}
        />
      )}

      {pane.failure && (
        <FailureMessage text={failureText(t, lang, pane.failure)} detail={pane.failure.detail} onDismiss={pane.dismissFailure} />
      )}

      {pane.busy === 'loading' && !pane.choice ? (
        <Spinner label={t.loading} />
      ) : (
        <>
          <section className={styles.section} aria-labelledby="sheet-heading">
            <Subtitle1 as="h2" id="sheet-heading">{t.sheetSection}</Subtitle1>
            {pane.choice && (
              <SheetPicker
                choice={pane.choice}
                selected={pane.selected}
                disabled={busy}
                onSelect={(scope) => void pane.selectScope(scope)}
                onReload={() => void pane.reload()}
              />
            )}
            {pane.busy === 'reading' && <Spinner size="tiny" label={t.reading} />}
            {pane.analysis && <FoundSummary analysis={pane.analysis} />}
            <CalculationNotice port={deps.port} analysis={pane.analysis} />
            <Button
              icon={<CheckmarkCircleRegular />}
              disabled={busy || pane.selected === undefined}
              onClick={() => void pane.validate()}
            >
              {pane.busy === 'validating' ? t.validating : t.validate}
            </Button>
          </section>

          {pane.findingsShown && (
            <section className={styles.section} aria-labelledby="findings-heading">
              <Subtitle1 as="h2" id="findings-heading">{t.findingsTitle}</Subtitle1>
              {pane.blockedErrors !== undefined && <BlockedMessage errors={pane.blockedErrors} />}
              <FindingsList findings={findings} severalSheets={(pane.analysis?.sheets.length ?? 0) > 1} onSelect={(f) => void pane.goTo(f)} />
            </section>
          )}

          <Accordion collapsible>
            <AccordionItem value="options">
              <AccordionHeader as="h2" size="large" expandIconPosition="end" className={styles.accordionHeader}>
                <Subtitle1>{t.optionsTitle}</Subtitle1>
              </AccordionHeader>
              <AccordionPanel className={styles.accordionPanel}>
                <OptionsPanel
                  key={pane.optionsEpoch}
                  options={pane.options}
                  previousSheets={previousSheets}
                  note={pane.optionsNote}
                  disabled={busy}
                  onChange={pane.setOptions}
                  onSave={() => void pane.saveOptions()}
                  onReset={() => void pane.resetOptions()}
                  {...(heading ? { heading } : {})}
                  layout={{
                    sheets: offeredSheets,
                    grids: pane.analysis?.sheets ?? [],
                    layouts: pane.analysis?.model?.layouts ?? [],
                    onApply: (stated) => void pane.stateLayout(stated),
                  }}
                />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>

          <section className={styles.section} aria-label={t.generate}>
            <GeneratePanel
              disabled={!canGenerate}
              progress={pane.progress}
              onGenerate={() => void pane.generate()}
            />
            {missing.length > 0 && (
              <Caption1 block data-testid="heading-missing">{t.headingMissing(missing.map((p) => headingPartLabel(t, p)).join(', '))}</Caption1>
            )}
            {!pane.generated && planned.length > 0 && <WriteNote sheets={planned} canRemove={pane.removeResults !== undefined} />}
            {pane.selected === undefined && <Caption1>{t.generateNeedsSheet}</Caption1>}
            {pane.selected !== undefined && previousSheet !== undefined && (
              <Caption1>{previousSheets.includes(previousSheet) ? t.generateWithPrevious(previousSheet) : t.previousUnusableHint(previousSheet)}</Caption1>
            )}
            {pane.generated && <ResultSummary generated={pane.generated} stale={stale} onOpenSheet={(name) => void pane.openSheet(name)} />}
            {pane.generated && <DocxDownload generated={pane.generated} />}
            {pane.removeResults && (
              <div className={styles.row}>
                <RemoveResults
                  disabled={busy}
                  removing={pane.busy === 'removing'}
                  removed={pane.removed}
                  onRemove={() => void pane.removeResults?.()}
                />
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}
