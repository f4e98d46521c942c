/**
 * The pane's shell: the state is `paneReducer`'s (state/); this hook runs the use case over the
 * port (choose the sheet, score, generate) and the settings store, and dispatches what happens.
 * Every action catches its failure and turns it into a message; the pane never stops working.
 */
import { useCallback, useEffect } from 'react';
import type { Finding } from '../engine/findings';
import type { FailureKind } from '../i18n/ui';
import {
  chooseSheet, type EngineApi, PANE_SHEET_CHOICE, scoreAndWrite, scoreSelection, type Selection, WHOLE_WORKBOOK,
} from '../usecase';
import type { SettingsStore, WorkbookPort } from '../workbook/port';
import { failureFrom } from './errors';
import { type GuideStore, localGuideStore } from './guide-store';
import { engineOptions, type PaneOptions, parseSettings, toSettings } from './options';
import type { StatedLayout } from './stated-layout';
import type { PaneAction } from './state/actions';
import { paneReducer } from './state/reducer';
import { type Busy, INITIAL_PANE_STATE, type PaneState, type Progress } from './state/state';
import { useLatestReducer } from './use-latest-reducer';

/**
 * The port, with the removal of our result sheets where the adapter has it (declared here too, so
 * the pane works the same whether or not the port's interface lists it yet).
 */
export type PanePort = WorkbookPort & { removeResultSheets?(): Promise<string[]> };

export interface PaneDeps {
  port: PanePort;
  settings: SettingsStore;
  engine: EngineApi;
  /** Where hiding the first-run panel is remembered (this computer's storage by default). */
  guide?: GuideStore;
}

export interface PaneActions {
  reload(): Promise<void>;
  /** A sheet's name, or the whole workbook (`WHOLE_WORKBOOK`). */
  selectScope(scope: string): Promise<void>;
  validate(): Promise<void>;
  saveOptions(): Promise<void>;
  generate(): Promise<void>;
  goTo(finding: Finding): Promise<void>;
  openSheet(name: string): Promise<void>;
  setOptions(options: PaneOptions): void;
  resetOptions(): Promise<void>;
  /** The layout stated, or undefined to detect it again: the sheets are read anew with it. */
  stateLayout(stated: StatedLayout | undefined): Promise<void>;
  dismissFailure(): void;
  /** Hides the first-run panel for good on this computer. */
  dismissGuide(): void;
  /** Removes the result sheets this add-in wrote (absent when the port cannot). */
  removeResults?: () => Promise<void>;
}

export type Pane = PaneState & PaneActions;

/** Lets React paint (the progress bar) before the next synchronous step. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The sheets a scope reads: those scored last time when it is the scope shown (the pane never
 * reads a sheet it will not score), else the scoring sheets for the whole workbook, else the sheet.
 */
function sheetsToRead(state: PaneState, scope: string): string[] {
  const { analysis, choice } = state;
  if (analysis && analysis.scope === scope && analysis.sheets.length > 0) return analysis.sheets.map((s) => s.name);
  return scope === WHOLE_WORKBOOK ? [...(choice?.scoring ?? [])] : [scope];
}

const DEFAULT_GUIDE = localGuideStore();

export function usePane({ port, settings, engine, guide = DEFAULT_GUIDE }: PaneDeps): Pane {
  const [state, dispatch, latest] = useLatestReducer(paneReducer, INITIAL_PANE_STATE);

  // The first-run panel, until the reviewer hides it on this computer.
  useEffect(() => {
    if (!guide.seen()) dispatch({ type: 'guide-shown' });
  }, [guide, dispatch]);
  const dismissGuide = useCallback(() => {
    guide.markSeen();
    dispatch({ type: 'guide-dismissed' });
  }, [guide, dispatch]);

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

  /** Scores sheets just read, with the options and the layout stated now. */
  const score = useCallback((selection: Selection) => {
    const { options } = latest.current;
    return scoreSelection(engine, selection, engineOptions(options), options.stated);
  }, [engine, latest]);

  /** Reads the scope's sheets (in one request) and scores them. */
  const readAndScore = useCallback(async (scope: string, names: readonly string[]) => {
    const grids = names.length > 0 ? await port.readSheets(names) : [];
    return score({ scope, sheets: names.map((name, i) => ({ name, grid: grids[i] })) });
  }, [port, score]);

  const loadSheets = useCallback(async (prefs: { current?: string; saved?: string }) => {
    const chosen = await chooseSheet(port, engine, { ...PANE_SHEET_CHOICE, ...prefs, stated: latest.current.options.stated });
    dispatch({ type: 'sheets-loaded', choice: chosen.choice, selected: chosen.selected?.scope });
    // The scope's sheets were read to choose it: scored as they are, never read twice.
    if (chosen.selected) dispatch({ type: 'scored', analysis: score(chosen.selected) });
  }, [port, engine, dispatch, latest, score]);

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
        report({ type: 'settings-loaded', options: parsed.options, scope: parsed.sheet, note });
      } catch (error) {
        report({ type: 'failed', failure: failureFrom(error, 'settings-load') });
      }
      if (cancelled) return;
      try {
        await loadSheets({ saved: latest.current.savedScope });
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

  const reloadNow = useCallback(
    () => loadSheets({ current: latest.current.selected, saved: latest.current.savedScope }),
    [loadSheets, latest],
  );
  const reload = useCallback(() => run('loading', reloadNow), [run, reloadNow]);

  const selectScope = useCallback((scope: string) => run('reading', async () => {
    dispatch({ type: 'scope-selected', scope });
    dispatch({ type: 'scored', analysis: await readAndScore(scope, sheetsToRead(latest.current, scope)) });
  }), [run, dispatch, latest, readAndScore]);

  const validate = useCallback(() => run('validating', async () => {
    const scope = latest.current.selected;
    if (scope === undefined) return;
    const names = sheetsToRead(latest.current, scope);
    dispatch({ type: 'check-started' });
    // Read again: the sheets may have been corrected since.
    dispatch({ type: 'checked', analysis: await readAndScore(scope, names) });
  }), [run, dispatch, latest, readAndScore]);

  const saveOptions = useCallback(() => run('saving', async () => {
    const { options, selected } = latest.current;
    await settings.save(toSettings(options, selected));
    dispatch({ type: 'options-saved', scope: selected });
  }, 'settings-save'), [run, settings, dispatch, latest]);

  const generate = useCallback(() => run('generating', async () => {
    const { selected: scope, options } = latest.current;
    if (scope === undefined) return;
    const names = sheetsToRead(latest.current, scope);
    dispatch({ type: 'generate-started' });
    const progressed = (progress: Progress) => dispatch({ type: 'progressed', progress });
    const outcome = await scoreAndWrite(port, engine, {
      scope, names, stated: options.stated, previousSheet: options.previousSheet, options: engineOptions(options),
    }, {
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
    const { results, plan, report, comparison } = outcome;
    const showFindings = outcome.scored.outcome.findings.length > 0;
    dispatch({ type: 'generated', generated: { results, plan, report, options, ...(comparison ? { comparison } : {}) }, showFindings });
    // The next reviewer opens the same choices; a failure here is shown but the tables stay.
    try {
      await settings.save(toSettings(latest.current.options, scope));
      dispatch({ type: 'choices-remembered', scope });
    } catch (error) {
      dispatch({ type: 'failed', failure: failureFrom(error, 'settings-save') });
    }
  }), [run, port, engine, settings, dispatch, latest]);

  const goTo = useCallback((finding: Finding) => run('reading', () => port.select(finding.sheet, finding.cell)), [run, port]);
  const openSheet = useCallback((name: string) => run('reading', () => port.select(name, 'A1')), [run, port]);

  /** Changed options score the selected scope again at once, so the findings shown are never stale. */
  const rescore = useCallback(() => {
    const { analysis, selected, options } = latest.current;
    if (analysis === undefined || analysis.scope !== selected) return;
    const rescored = scoreSelection(engine, analysis, { ...engineOptions(options), previous: analysis.previous }, analysis.stated);
    dispatch({ type: 'scored', analysis: rescored });
  }, [engine, dispatch, latest]);

  const setOptions = useCallback((options: PaneOptions) => {
    dispatch({ type: 'options-changed', options });
    rescore();
  }, [dispatch, rescore]);

  const stateLayout = useCallback((stated: StatedLayout | undefined) => run('reading', async () => {
    dispatch({ type: 'layout-stated', stated });
    await reloadNow();
  }), [run, dispatch, reloadNow]);

  /** The defaults; a layout that was stated goes too, so the sheets are read again with detection. */
  const resetOptions = useCallback(async () => {
    const hadStated = latest.current.options.stated !== undefined;
    dispatch({ type: 'options-reset' });
    if (hadStated) await run('reading', reloadNow);
    else rescore();
  }, [dispatch, run, reloadNow, rescore, latest]);

  const dismissFailure = useCallback(() => dispatch({ type: 'failure-dismissed' }), [dispatch]);

  const canRemove = typeof port.removeResultSheets === 'function';
  const removeResults = useCallback(() => run('removing', async () => {
    const removed = (await port.removeResultSheets?.()) ?? [];
    dispatch({ type: 'results-removed', sheets: removed });
  }), [run, port, dispatch]);

  return {
    ...state,
    reload, selectScope, validate, saveOptions, generate, goTo, openSheet, setOptions, resetOptions, stateLayout, dismissFailure,
    dismissGuide,
    ...(canRemove ? { removeResults } : {}),
  };
}
