/**
 * `useReducer`, plus the state after the last dispatch, at once: the pane's async actions read
 * the options and the selection as they are now, not as they were when the action was created.
 */
import { type RefObject, useCallback, useReducer, useRef } from 'react';

export function useLatestReducer<S, A>(
  reducer: (state: S, action: A) => S, initial: S,
): [state: S, dispatch: (action: A) => void, latest: RefObject<S>] {
  const [state, dispatchToReact] = useReducer(reducer, initial);
  const latest = useRef(initial);
  const dispatch = useCallback((action: A) => {
    // The reducer is pure: applying it here too gives the state React will render.
    latest.current = reducer(latest.current, action);
    dispatchToReact(action);
  }, [reducer]);
  return [state, dispatch, latest];
}
