/**
 * The pane's shell: the state is `paneReducer`'s (state/); this hook runs the use case over the
 * port (choose the sheet, score, generate) and the settings store, and dispatches what happens.
 * Every action catches its failure and turns it into a message; the pane never stops working.
 */
import { useCallback, useEffect } from 'react';
import type { Finding } from '../engine/findings';
import type { FailureKind } from '../i18n/ui';
import { chooseSheet, type EngineApi, PANE_SHEET_CHOICE, scoreAndWrite, scoreGrid } from '../usecase';
import type { SettingsStore, WorkbookPort } from '../workbook/port';
import { failureFrom } from './errors';
import { engineOptions, type PaneOptions, parseSettings, toSettings } from './options';
import type { PaneAction } from './state/actions';
import { paneReducer } from './state/reducer';
import { type Busy, INITIAL_PANE_STATE, type PaneState, type Progress } from './state/state';
import { useLatestReducer } from './use-latest-reducer';

export interface PaneDeps {
  port: WorkbookPort;
  settings: SettingsStore;
  engine: EngineApi;
}

export interface PaneActions {
  reload(): Promise<void>;
  selectSheet(name: string): Promise<void>;
  validate(): Promise<void>;
  saveOptions(): Promise<void>;
  generate(): Promise<void>;
  goTo(finding: Finding): Promise<void>;
  openSheet(name: string): Promise<void>;
  setOptions(options: PaneOptions): void;
  resetOptions(): void;
  dismissFailure(): void;
}

export type Pane = PaneState & PaneActions;

/** Lets React paint (the progress bar) before the next synchronous step. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function usePane({ port, settings, engine }: PaneDeps): Pane {
  const [state, dispatch, latest] = useLatestReducer(paneReducer, INITIAL_PANE_STATE);

  const run = useCallback(async (busy: Busy, action: () => Promise<void>, kind?: FailureKind) => {
    dispatch({ type: 'run-started', busy });
    try {
      await action();
    } catch (error) {
      dispatch({ type: 'failed', failure: failureFrom(error, kind) });
    } finally {
      dispatch({ type: 'run-ended' });
    }
  }, [dispatch]);

  const loadSheets = useCallback(async (prefs: { current?: string; saved?: string }) => {
    const chosen = await chooseSheet(port, engine, { ...PANE_SHEET_CHOICE, ...prefs });
    dispatch({ type: 'sheets-loaded', choice: chosen.choice, selected: chosen.selected?.name });
    if (!chosen.selected) return;
    const { name, grid } = chosen.selected;
    dispatch({ type: 'scored', analysis: scoreGrid(engine, name, grid, engineOptions(latest.current.options)) });
  }, [port, engine, dispatch, latest]);

  // Start: saved options first (a failure there leaves the defaults), then the sheets.
  useEffect(() => {
    let cancelled = false;
    const report = (action: PaneAction) => {
      if (!cancelled) dispatch(action);
    };
    void (async () => {
      try {
        const saved = await settings.load();
        const parsed = parseSettings(saved);
        const note = saved === undefined ? undefined : parsed.ignoredSomething ? 'ignored' as const : 'loaded' as const;
        report({ type: 'settings-loaded', options: parsed.options, sheet: parsed.sheet, note });
      } catch (error) {
        report({ type: 'failed', failure: failureFrom(error, 'settings-load') });
      }
      if (cancelled) return;
      try {
        await loadSheets({ saved: latest.current.savedSheet });
      } catch (error) {
        report({ type: 'failed', failure: failureFrom(error) });
      } finally {
        report({ type: 'run-ended' });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [settings, loadSheets, dispatch, latest]);

  // An error nobody caught (an event handler, a promise) is shown, not left in the console.
  useEffect(() => {
    const onError = (event: ErrorEvent) => dispatch({ type: 'failed', failure: failureFrom(event.error ?? event.message) });
    const onRejection = (event: PromiseRejectionEvent) => dispatch({ type: 'failed', failure: failureFrom(event.reason) });
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, [dispatch]);

  const reload = useCallback(
    () => run('loading', () => loadSheets({ current: latest.current.selected, saved: latest.current.savedSheet })),
    [run, loadSheets, latest],
  );

  const selectSheet = useCallback((name: string) => run('reading', async () => {
    dispatch({ type: 'sheet-selected', sheet: name });
    const grid = await port.readSheet(name);
    dispatch({ type: 'scored', analysis: scoreGrid(engine, name, grid, engineOptions(latest.current.options)) });
  }), [run, port, engine, dispatch, latest]);

  const validate = useCallback(() => run('validating', async () => {
    const sheet = latest.current.selected;
    if (sheet === undefined) return;
    dispatch({ type: 'check-started' });
    // Read again: the sheet may have been corrected since.
    const grid = await port.readSheet(sheet);
    dispatch({ type: 'checked', analysis: scoreGrid(engine, sheet, grid, engineOptions(latest.current.options)) });
  }), [run, port, engine, dispatch, latest]);

  const saveOptions = useCallback(() => run('saving', async () => {
    const { options, selected } = latest.current;
    await settings.save(toSettings(options, selected));
    dispatch({ type: 'options-saved', sheet: selected });
  }, 'settings-save'), [run, settings, dispatch, latest]);

  const generate = useCallback(() => run('generating', async () => {
    const { selected: sheet, options } = latest.current;
    if (sheet === undefined) return;
    dispatch({ type: 'generate-started' });
    const progressed = (progress: Progress) => dispatch({ type: 'progressed', progress });
    const outcome = await scoreAndWrite(port, engine, { sheet, previousSheet: options.previousSheet, options: engineOptions(options) }, {
      onStep: async (step, fraction) => {
        progressed({ step, fraction });
        await nextPaint();
      },
      onApplyProgress: (step, fraction) => progressed({ step, fraction }),
      onScored: (analysis) => dispatch({ type: 'scored', analysis }),
    });
    if (!outcome.written) {
      dispatch({ type: 'generate-blocked', errors: outcome.errors });
      return;
    }
    const { result, plan, report, comparison } = outcome;
    const showFindings = outcome.scored.outcome.findings.length > 0;
    dispatch({ type: 'generated', generated: { result, plan, report, ...(comparison ? { comparison } : {}) }, showFindings });
    // The next reviewer opens the same choices; a failure here is shown but the tables stay.
    try {
      await settings.save(toSettings(latest.current.options, sheet));
      dispatch({ type: 'choices-remembered', sheet });
    } catch (error) {
      dispatch({ type: 'failed', failure: failureFrom(error, 'settings-save') });
    }
  }), [run, port, engine, settings, dispatch, latest]);

  const goTo = useCallback((finding: Finding) => run('reading', () => port.select(finding.sheet, finding.cell)), [run, port]);
  const openSheet = useCallback((name: string) => run('reading', () => port.select(name, 'A1')), [run, port]);

  /** Changed options score the selected sheet again at once, so the findings shown are never stale. */
  const rescore = useCallback(() => {
    const { analysis, selected, options } = latest.current;
    if (analysis === undefined || analysis.sheet !== selected) return;
    const rescored = scoreGrid(engine, analysis.sheet, analysis.grid, { ...engineOptions(options), previous: analysis.previous });
    dispatch({ type: 'scored', analysis: rescored });
  }, [engine, dispatch, latest]);

  const setOptions = useCallback((options: PaneOptions) => {
    dispatch({ type: 'options-changed', options });
    rescore();
  }, [dispatch, rescore]);

  const resetOptions = useCallback(() => {
    dispatch({ type: 'options-reset' });
    rescore();
  }, [dispatch, rescore]);

  const dismissFailure = useCallback(() => dispatch({ type: 'failure-dismissed' }), [dispatch]);

  return {
    ...state,
    reload, selectSheet, validate, saveOptions, generate, goTo, openSheet, setOptions, resetOptions, dismissFailure,
  };
}
