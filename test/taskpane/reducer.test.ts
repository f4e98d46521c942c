/**
 * The pane's state as a pure function: a state in, an action, the state out; no React, no
 * workbook, no engine. Expected states are written out, never computed by the code under test.
 */
import type { ScoreResult } from '../../src/engine/types';
import type { PaneAction } from '../../src/taskpane/state/actions';
import { paneReducer } from '../../src/taskpane/state/reducer';
import { INITIAL_PANE_STATE, type Analysis, type Generated, type PaneSheetChoice, type PaneState } from '../../src/taskpane/state/state';

const BANDS = [
  { name: 'Xuất sắc', nameEn: 'Excellent', min: 90 },
  { name: 'Tốt', nameEn: 'Good', min: 80 },
  { name: 'Khá', nameEn: 'Fair', min: 70 },
  { name: 'Trung bình', nameEn: 'Average', min: 50 },
  { name: 'Yếu', nameEn: 'Poor', min: 0 },
];
const DEFAULTS = { ranking: 'dense', notApplicable: 'full', gradeBands: BANDS, decimals: 2, lang: 'vi', decision: {} } as const;
const CHOSEN = { ...DEFAULTS, ranking: 'competition', decimals: 1, previousSheet: 'Năm 2020' } as const;

const GRID = { sheetName: 'Chấm điểm', values: [['STT', 'Nội dung', 'Điểm tối đa', 'Xã An']] };
const SHEETS = [{ name: 'Chấm điểm', grid: GRID }];
const GROUP = { name: 'Chấm điểm', sheets: ['Chấm điểm'], grid: GRID };
const RESULT = { units: [] } as unknown as ScoreResult;
const WARNING = { severity: 'warning', rule: 'number-as-text', sheet: 'Chấm điểm', cell: 'D5' } as never;
const ERROR = { severity: 'error', rule: 'score-above-max', sheet: 'Chấm điểm', cell: 'E10' } as never;
const scored = (findings: never[]): Analysis => ({
  scope: 'Chấm điểm', sheets: SHEETS,
  outcome: { ok: true, groups: [{ group: GROUP, outcome: { ok: true, result: RESULT, findings } }], findings },
});
const SCORES = scored([]);
const WARNS = scored([WARNING]);
const FAILS: Analysis = {
  scope: 'Chấm điểm', sheets: SHEETS, outcome: { ok: false, groups: [{ group: GROUP, outcome: { ok: false, findings: [ERROR] } }], findings: [ERROR] },
};
const GENERATED: Generated = { results: [{ name: 'Chấm điểm', result: RESULT }], plan: { sheets: [] } as never, report: { sheets: [] }, options: DEFAULTS };
const CHOICE: PaneSheetChoice = {
  scoring: ['Chấm điểm'], kinds: { 'Chấm điểm': 'criteria-as-rows' }, incomplete: [], others: ['Ghi chú'], rankingTables: ['Năm 2020'], hint: 'active',
};
const STATED = { kind: 'criteria-as-rows', headerRow: 34 } as const;
const FAILURE = { kind: 'read-failed', detail: 'WorkbookError: GeneralException' } as const;

/** A pane open on a scored sheet, idle. */
const OPEN: PaneState = {
  busy: null,
  failure: null,
  choice: CHOICE,
  selected: 'Chấm điểm',
  analysis: SCORES,
  findingsShown: false,
  options: DEFAULTS,
  optionsEpoch: 1,
  progress: null,
  guide: false,
};

const after = (state: PaneState, ...actions: PaneAction[]): PaneState => actions.reduce(paneReducer, state);

describe('opening', () => {
  it('starts loading with the default options', () => {
    expect(INITIAL_PANE_STATE).toEqual({ busy: 'loading', failure: null, findingsShown: false, options: DEFAULTS, optionsEpoch: 0, progress: null, guide: false });
  });

  it('saved settings: used, the form re-read, the saved scope remembered, and the panel told', () => {
    expect(after(INITIAL_PANE_STATE, { type: 'settings-loaded', options: CHOSEN, scope: 'Khối xã', note: 'ignored' })).toEqual({
      busy: 'loading', failure: null, findingsShown: false, options: CHOSEN, optionsEpoch: 1, progress: null, guide: false,
      savedScope: 'Khối xã', optionsNote: 'ignored',
    });
    expect(after(INITIAL_PANE_STATE, { type: 'settings-loaded', options: DEFAULTS, scope: '*', note: 'loaded' })).toEqual({
      busy: 'loading', failure: null, findingsShown: false, options: DEFAULTS, optionsEpoch: 1, progress: null, guide: false,
      savedScope: '*', optionsNote: 'loaded',
    });
  });

  it('nothing saved: the defaults, and nothing said', () => {
    expect(after(INITIAL_PANE_STATE, { type: 'settings-loaded', options: DEFAULTS })).toEqual({
      busy: 'loading', failure: null, findingsShown: false, options: DEFAULTS, optionsEpoch: 1, progress: null, guide: false,
    });
  });

  it('the sheets found and one selected, then scored; loading ends', () => {
    const loading = { ...INITIAL_PANE_STATE, optionsEpoch: 1 };
    expect(after(loading, { type: 'sheets-loaded', choice: CHOICE, selected: 'Chấm điểm' }, { type: 'scored', analysis: SCORES }, { type: 'run-ended' }))
      .toEqual(OPEN);
  });

  it('a sheet that does not score shows its findings at once', () => {
    const loading = { ...INITIAL_PANE_STATE, optionsEpoch: 1 };
    expect(after(loading, { type: 'sheets-loaded', choice: CHOICE, selected: 'Chấm điểm' }, { type: 'scored', analysis: FAILS })).toEqual({
      busy: 'loading', failure: null, choice: CHOICE, selected: 'Chấm điểm', analysis: FAILS, findingsShown: true,
      options: DEFAULTS, optionsEpoch: 1, progress: null, guide: false,
    });
  });
});

describe('running an action', () => {
  it('starting clears the failure shown; ending clears the progress', () => {
    const failed = { ...OPEN, failure: FAILURE };
    expect(after(failed, { type: 'run-started', busy: 'generating' })).toEqual({ ...OPEN, busy: 'generating' });
    const working = { ...OPEN, busy: 'generating' as const, progress: { step: 'write' as const, fraction: 0.6 } };
    expect(after(working, { type: 'run-ended' })).toEqual(OPEN);
  });

  it('a failure is shown until dismissed', () => {
    expect(after(OPEN, { type: 'failed', failure: FAILURE })).toEqual({ ...OPEN, failure: FAILURE });
    expect(after({ ...OPEN, failure: FAILURE }, { type: 'failure-dismissed' })).toEqual(OPEN);
  });
});

describe('choosing another scope, or reloading', () => {
  const shown: PaneState = { ...OPEN, analysis: FAILS, findingsShown: true, generated: GENERATED, blockedErrors: 1 };

  it('picked: nothing shown of the last scope survives', () => {
    expect(after(shown, { type: 'scope-selected', scope: 'Khối phòng' })).toEqual({
      busy: null, failure: null, choice: CHOICE, selected: 'Khối phòng', findingsShown: false, options: DEFAULTS, optionsEpoch: 1, progress: null, guide: false,
    });
  });

  it('the whole workbook picked: the same', () => {
    expect(after(shown, { type: 'scope-selected', scope: '*' })).toEqual({
      busy: null, failure: null, choice: CHOICE, selected: '*', findingsShown: false, options: DEFAULTS, optionsEpoch: 1, progress: null, guide: false,
    });
  });

  it('reloaded with nothing to select: the same, and nothing selected', () => {
    const none: PaneSheetChoice = { scoring: [], kinds: {}, incomplete: [], others: ['Ghi chú'], rankingTables: [], hint: 'none' };
    expect(after(shown, { type: 'sheets-loaded', choice: none })).toEqual({
      busy: null, failure: null, choice: none, findingsShown: false, options: DEFAULTS, optionsEpoch: 1, progress: null, guide: false,
    });
  });
});

describe('Kiểm tra (check)', () => {
  it('starts by dropping the last "generate" block, and shows the findings, even none', () => {
    const blocked = { ...OPEN, busy: 'validating' as const, analysis: FAILS, findingsShown: true, blockedErrors: 1 };
    expect(after(blocked, { type: 'check-started' })).toEqual({ ...OPEN, busy: 'validating', analysis: FAILS, findingsShown: true });
    expect(after({ ...OPEN, busy: 'validating' }, { type: 'check-started' }, { type: 'checked', analysis: SCORES })).toEqual({
      ...OPEN, busy: 'validating', findingsShown: true,
    });
  });
});

describe('Tạo bảng xếp hạng (generate)', () => {
  const generating: PaneState = { ...OPEN, busy: 'generating', generated: GENERATED, blockedErrors: 2 };

  it('starts afresh and shows its progress', () => {
    expect(after(generating, { type: 'generate-started' }, { type: 'progressed', progress: { step: 'score', fraction: 0.1 } })).toEqual({
      ...OPEN, busy: 'generating', progress: { step: 'score', fraction: 0.1 },
    });
  });

  it('blocked by errors: how many, and the findings shown', () => {
    expect(after(generating, { type: 'generate-started' }, { type: 'scored', analysis: FAILS }, { type: 'generate-blocked', errors: 1 })).toEqual({
      ...OPEN, busy: 'generating', analysis: FAILS, findingsShown: true, blockedErrors: 1,
    });
  });

  it('written: the summary; the findings shown only if there are any', () => {
    const started = after(generating, { type: 'generate-started' });
    expect(after({ ...started, findingsShown: true }, { type: 'scored', analysis: SCORES }, { type: 'generated', generated: GENERATED, showFindings: false }))
      .toEqual({ ...OPEN, busy: 'generating', generated: GENERATED });
    expect(after(started, { type: 'scored', analysis: WARNS }, { type: 'generated', generated: GENERATED, showFindings: true })).toEqual({
      ...OPEN, busy: 'generating', analysis: WARNS, findingsShown: true, generated: GENERATED,
    });
  });

  it('the options and the scope remembered quietly', () => {
    expect(after({ ...OPEN, optionsNote: 'loaded' }, { type: 'choices-remembered', scope: '*' })).toEqual({
      ...OPEN, optionsNote: 'loaded', savedScope: '*',
    });
  });
});

describe('options', () => {
  it('changed: in use at once, the note about saved ones gone, the form not re-read', () => {
    expect(after({ ...OPEN, optionsNote: 'saved' }, { type: 'options-changed', options: CHOSEN })).toEqual({ ...OPEN, options: CHOSEN });
  });

  it('changed: the selected sheet scored again with them', () => {
    expect(after(OPEN, { type: 'options-changed', options: CHOSEN }, { type: 'scored', analysis: WARNS })).toEqual({
      ...OPEN, options: CHOSEN, analysis: WARNS,
    });
  });

  it('reset: the defaults, and the form re-reads them', () => {
    expect(after({ ...OPEN, options: CHOSEN, optionsNote: 'loaded' }, { type: 'options-reset' })).toEqual({ ...OPEN, optionsEpoch: 2 });
  });

  it('saved: said so, and the scope saved with them remembered', () => {
    expect(after(OPEN, { type: 'options-saved', scope: 'Chấm điểm' })).toEqual({ ...OPEN, optionsNote: 'saved', savedScope: 'Chấm điểm' });
  });

  it('reset: a layout stated goes with the others', () => {
    expect(after({ ...OPEN, options: { ...CHOSEN, stated: STATED } }, { type: 'options-reset' })).toEqual({ ...OPEN, optionsEpoch: 2 });
  });
});

describe('the layout stated', () => {
  const shown: PaneState = { ...OPEN, options: CHOSEN, analysis: WARNS, findingsShown: true, generated: GENERATED, blockedErrors: 1, optionsNote: 'saved' };

  it('stated: in the options, and nothing shown of the sheets read without it survives; the scope stays', () => {
    expect(after(shown, { type: 'layout-stated', stated: STATED })).toEqual({
      busy: null, failure: null, choice: CHOICE, selected: 'Chấm điểm', findingsShown: false,
      options: { ...CHOSEN, stated: STATED }, optionsEpoch: 1, progress: null, guide: false,
    });
  });

  it('cleared: out of the options, detection again; the other options stay', () => {
    const stated = { ...shown, options: { ...CHOSEN, stated: STATED } };
    expect(after(stated, { type: 'layout-stated' })).toEqual({
      busy: null, failure: null, choice: CHOICE, selected: 'Chấm điểm', findingsShown: false, options: CHOSEN, optionsEpoch: 1, progress: null, guide: false,
    });
  });

  it('then the sheets read with it and scored', () => {
    expect(after(shown, { type: 'layout-stated', stated: STATED }, { type: 'sheets-loaded', choice: CHOICE, selected: 'Chấm điểm' }, { type: 'scored', analysis: SCORES }))
      .toEqual({ ...OPEN, options: { ...CHOSEN, stated: STATED } });
  });
});

it('never changes the state it is given', () => {
  const before = JSON.stringify(OPEN);
  after(OPEN, { type: 'scope-selected', scope: 'Khối phòng' }, { type: 'layout-stated', stated: STATED }, { type: 'options-reset' }, { type: 'generate-blocked', errors: 3 });
  expect(JSON.stringify(OPEN)).toBe(before);
});
