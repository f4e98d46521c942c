/** The pane's state after an action: pure, no React, no workbook, no engine. */
import { DEFAULT_PANE_OPTIONS } from '../options';
import type { PaneAction } from './actions';
import type { PaneState } from './state';

/** Another scope, or the same read anew: nothing shown of it survives. */
function forgetSheet(state: PaneState): PaneState {
  return { ...state, analysis: undefined, findingsShown: false, generated: undefined, blockedErrors: undefined };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'run-started': return { ...state, busy: action.busy, failure: null, removed: undefined };
    case 'run-ended': return { ...state, busy: null, progress: null };
    case 'failed': return { ...state, failure: action.failure };
    case 'failure-dismissed': return { ...state, failure: null };
    case 'settings-loaded':
      return {
        ...state,
        options: action.options,
        optionsEpoch: state.optionsEpoch + 1,
        savedScope: action.scope,
        ...(action.note === undefined ? {} : { optionsNote: action.note }),
      };
    case 'sheets-loaded': return { ...forgetSheet(state), choice: action.choice, selected: action.selected };
    case 'scope-selected': return { ...forgetSheet(state), selected: action.scope };
    // The sheets are read again with the layout stated (or detected): what they showed goes.
    case 'layout-stated': {
      const { stated: _old, ...options } = state.options;
      return { ...forgetSheet(state), options: action.stated ? { ...options, stated: action.stated } : options, optionsNote: undefined };
    }
    // A sheet that cannot be scored shows its findings at once.
    case 'scored': return { ...state, analysis: action.analysis, findingsShown: state.findingsShown || !action.analysis.outcome.ok };
    case 'check-started': return { ...state, blockedErrors: undefined };
    case 'checked': return { ...state, analysis: action.analysis, findingsShown: true };
    case 'generate-started': return { ...state, generated: undefined, blockedErrors: undefined };
    case 'progressed': return { ...state, progress: action.progress };
    case 'generate-blocked': return { ...state, blockedErrors: action.errors, findingsShown: true };
    case 'generated': return { ...state, generated: action.generated, findingsShown: action.showFindings };
    case 'options-changed': return { ...state, options: action.options, optionsNote: undefined };
    case 'options-reset':
      return { ...state, options: DEFAULT_PANE_OPTIONS, optionsNote: undefined, optionsEpoch: state.optionsEpoch + 1 };
    case 'options-saved': return { ...state, savedScope: action.scope, optionsNote: 'saved' };
    case 'choices-remembered': return { ...state, savedScope: action.scope };
    case 'guide-shown': return { ...state, guide: true };
    case 'guide-dismissed': return { ...state, guide: false };
    case 'results-removed': return { ...state, generated: undefined, removed: action.sheets };
  }
}
