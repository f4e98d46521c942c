/**
 * Everything the pane does, as state and actions: pick a sheet, check it, save options, generate.
 * Every action catches its failure and turns it into a message; the pane never stops working.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding } from '../engine/findings';
import type { SheetGrid } from '../engine/grid';
import type { WritePlan } from '../appendix/types';
import type { PreviousUnitResult, ScoreOutcome, ScoreResult } from '../engine/types';
import type { FailureKind, ProgressStep } from '../i18n/ui';
import type { ApplyReport, SettingsStore, WorkbookPort } from '../workbook/port';
import type { EngineApi } from './engine';
import { type Failure, failureFrom } from './errors';
import { DEFAULT_PANE_OPTIONS, engineOptions, type PaneOptions, parseSettings, toSettings } from './options';
import { type Comparison, comparisonOf, loadPrevious } from './previous';
import { chooseSheet, type SheetChoice, type SheetPreferences } from './sheets';

export type Busy = 'loading' | 'reading' | 'validating' | 'generating' | 'saving';

export interface Analysis {
  sheet: string;
  outcome: ScoreOutcome;
}

export interface Progress {
  step: ProgressStep;
  fraction: number;
}

export interface Generated {
  result: ScoreResult;
  plan: WritePlan;
  report: ApplyReport;
  /** The year-over-year comparison, when last year's result was chosen. */
  comparison?: Comparison;
}

export type OptionsNote = 'loaded' | 'ignored' | 'saved';

export interface PaneDeps {
  port: WorkbookPort;
  settings: SettingsStore;
  engine: EngineApi;
}

/** Lets React paint (the progress bar) before the next synchronous step. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function usePane({ port, settings, engine }: PaneDeps) {
  const [busy, setBusy] = useState<Busy | null>('loading');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [choice, setChoice] = useState<SheetChoice | undefined>();
  const [selected, setSelected] = useState<string | undefined>();
  const [analysis, setAnalysis] = useState<Analysis | undefined>();
  const [findingsShown, setFindingsShown] = useState(false);
  const [options, setOptions] = useState<PaneOptions>(DEFAULT_PANE_OPTIONS);
  const [optionsNote, setOptionsNote] = useState<OptionsNote | undefined>();
  /** Bumped when options change from outside the form (loaded, reset), so the form re-reads them. */
  const [optionsEpoch, setOptionsEpoch] = useState(0);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [generated, setGenerated] = useState<Generated | undefined>();
  const [blockedErrors, setBlockedErrors] = useState<number | undefined>();

  // Actions read the latest options and selection without being re-created on every keystroke.
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  /** The scoring sheet saved in the workbook's settings, preferred when the pane opens. */
  const savedSheetRef = useRef<string | undefined>(undefined);
  /** The grid last scored, so changed options re-score it at once (findings never go stale). */
  const scoredRef = useRef<{ sheet: string; grid: SheetGrid; previous?: PreviousUnitResult[] } | undefined>(undefined);

  const run = useCallback(async (what: Busy, action: () => Promise<void>, kind?: FailureKind) => {
    setBusy(what);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(failureFrom(error, kind));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  }, []);

  /** Scores the sheet; a sheet that cannot be scored shows its findings at once. */
  const analyse = useCallback(
    (sheet: string, grid: SheetGrid, previous?: PreviousUnitResult[]): Analysis => {
      const next = { sheet, outcome: engine.scoreSheet(grid, { ...engineOptions(optionsRef.current), previous }) };
      scoredRef.current = { sheet, grid, previous };
      setAnalysis(next);
      if (!next.outcome.ok) setFindingsShown(true);
      return next;
    },
    [engine],
  );

  const loadSheets = useCallback(
    async (prefs: SheetPreferences) => {
      const chosen = await chooseSheet(port, engine, prefs);
      setChoice(chosen.choice);
      setSelected(chosen.selected?.name);
      setAnalysis(undefined);
      setFindingsShown(false);
      setGenerated(undefined);
      setBlockedErrors(undefined);
      if (chosen.selected) analyse(chosen.selected.name, chosen.selected.grid);
    },
    [port, engine, analyse],
  );

  // Start: saved options first (a failure there leaves the defaults), then the sheets.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const saved = await settings.load();
        if (cancelled) return;
        const parsed = parseSettings(saved);
        savedSheetRef.current = parsed.sheet;
        setOptions(parsed.options);
        setOptionsEpoch((n) => n + 1);
        optionsRef.current = parsed.options;
        if (saved !== undefined) setOptionsNote(parsed.ignoredSomething ? 'ignored' : 'loaded');
      } catch (error) {
        if (!cancelled) setFailure(failureFrom(error, 'settings-load'));
      }
      if (cancelled) return;
      try {
        await loadSheets({ saved: savedSheetRef.current });
      } catch (error) {
        if (!cancelled) setFailure(failureFrom(error));
      } finally {
        if (!cancelled) setBusy(null);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [settings, loadSheets]);

  // An error nobody caught (an event handler, a promise) is shown, not left in the console.
  useEffect(() => {
    const onError = (event: ErrorEvent) => setFailure(failureFrom(event.error ?? event.message));
    const onRejection = (event: PromiseRejectionEvent) => setFailure(failureFrom(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, []);

  const reload = useCallback(
    () => run('loading', () => loadSheets({ current: selectedRef.current, saved: savedSheetRef.current })),
    [run, loadSheets],
  );

  const selectSheet = useCallback(
    (name: string) =>
      run('reading', async () => {
        setSelected(name);
        setAnalysis(undefined);
        setFindingsShown(false);
        setGenerated(undefined);
        setBlockedErrors(undefined);
        analyse(name, await port.readSheet(name));
      }),
    [run, port, analyse],
  );

  const validate = useCallback(
    () =>
      run('validating', async () => {
        const sheet = selectedRef.current;
        if (sheet === undefined) return;
        setBlockedErrors(undefined);
        analyse(sheet, await port.readSheet(sheet));
        setFindingsShown(true);
      }),
    [run, port, analyse],
  );

  const saveOptions = useCallback(
    () =>
      run(
        'saving',
        async () => {
          await settings.save(toSettings(optionsRef.current, selectedRef.current));
          savedSheetRef.current = selectedRef.current;
          setOptionsNote('saved');
        },
        'settings-save',
      ),
    [run, settings],
  );

  const generate = useCallback(
    () =>
      run('generating', async () => {
        const sheet = selectedRef.current;
        if (sheet === undefined) return;
        setGenerated(undefined);
        setBlockedErrors(undefined);
        setProgress({ step: 'read', fraction: 0.02 });
        await nextPaint();
        // The sheet may have been edited since it was read: read it again.
        const grid = await port.readSheet(sheet);
        const previousSheet = optionsRef.current.previousSheet;
        const previous = previousSheet === undefined ? undefined : await loadPrevious(port, engine, previousSheet, sheet);
        setProgress({ step: 'score', fraction: 0.1 });
        await nextPaint();
        const { outcome } = analyse(sheet, grid, previous && 'units' in previous ? previous.units : undefined);
        if (!outcome.ok) {
          setBlockedErrors(outcome.findings.filter((f) => f.severity === 'error').length);
          setFindingsShown(true);
          return;
        }
        const plan = engine.buildWritePlan(outcome.result);
        setProgress({ step: 'write', fraction: 0.2 });
        const report = await port.applyPlan(plan, (p) => setProgress({ step: p.step, fraction: 0.2 + 0.8 * p.fraction }));
        setProgress({ step: 'done', fraction: 1 });
        const comparison = previous && comparisonOf(previous, outcome.result);
        setGenerated({ result: outcome.result, plan, report, ...(comparison ? { comparison } : {}) });
        setFindingsShown(outcome.findings.length > 0);
        // The next reviewer opens the same choices; a failure here is shown but the tables stay.
        try {
          await settings.save(toSettings(optionsRef.current, sheet));
          savedSheetRef.current = sheet;
        } catch (error) {
          setFailure(failureFrom(error, 'settings-save'));
        }
      }),
    [run, port, engine, settings, analyse],
  );

  const goTo = useCallback(
    (finding: Finding) => run('reading', () => port.select(finding.sheet, finding.cell)),
    [run, port],
  );

  const openSheet = useCallback((name: string) => run('reading', () => port.select(name, 'A1')), [run, port]);

  const changeOptions = useCallback((next: PaneOptions) => {
    setOptions(next);
    setOptionsNote(undefined);
    optionsRef.current = next;
    const scored = scoredRef.current;
    if (scored && scored.sheet === selectedRef.current) analyse(scored.sheet, scored.grid, scored.previous);
  }, [analyse]);

  return {
    busy, failure, choice, selected, analysis, findingsShown, options, optionsNote, optionsEpoch, progress, generated,
    blockedErrors,
    reload, selectSheet, validate, saveOptions, generate, goTo, openSheet,
    setOptions: changeOptions,
    resetOptions: () => {
      changeOptions(DEFAULT_PANE_OPTIONS);
      setOptionsEpoch((n) => n + 1);
    },
    dismissFailure: () => setFailure(null),
  };
}

export type PaneState = ReturnType<typeof usePane>;
