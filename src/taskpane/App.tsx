/** The pane's layout: sheet and what was found, check, options, generate. State and actions come from usePane. */
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Button, Caption1, Spinner, Subtitle1, Title3,
  makeStyles, tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { FailureMessage } from './components/FailureMessage';
import { FindingsList } from './components/FindingsList';
import { FoundSummary } from './components/FoundSummary';
import { GeneratePanel } from './components/GeneratePanel';
import { OptionsPanel } from './components/OptionsPanel';
import { ResultSummary } from './components/ResultSummary';
import { SheetPicker } from './components/SheetPicker';
import { useStrings } from './strings';
import { type PaneDeps, usePane } from './usePane';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    maxWidth: '640px',
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  header: { display: 'flex', flexDirection: 'column' },
  // The options header lines up with the other section headings.
  accordionHeader: { '& > button': { paddingLeft: 0, paddingRight: 0 } },
  accordionPanel: { marginLeft: 0, marginRight: 0 },
});

export function App(deps: PaneDeps) {
  const { t } = useStrings();
  const styles = useStyles();
  const pane = usePane(deps);
  const busy = pane.busy !== null;
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
      </header>

      {pane.failure && (
        <FailureMessage text={t.failures[pane.failure.kind]} detail={pane.failure.detail} onDismiss={pane.dismissFailure} />
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
              {pane.blockedErrors !== undefined && <Body1 role="alert">{t.generateBlocked(pane.blockedErrors)}</Body1>}
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
              disabled={busy || pane.selected === undefined}
              progress={pane.progress}
              onGenerate={() => void pane.generate()}
            />
            {pane.selected === undefined && <Caption1>{t.generateNeedsSheet}</Caption1>}
            {pane.selected !== undefined && previousSheet !== undefined && (
              <Caption1>{previousSheets.includes(previousSheet) ? t.generateWithPrevious(previousSheet) : t.previousUnusableHint(previousSheet)}</Caption1>
            )}
            {pane.generated && <ResultSummary generated={pane.generated} onOpenSheet={(name) => void pane.openSheet(name)} />}
          </section>
        </>
      )}
    </div>
  );
}
