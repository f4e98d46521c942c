/** Renders the task pane into the page's #root (Office entry and browser preview alike). */
import { createRoot } from 'react-dom/client';
import { TaskPane, type TaskPaneProps } from './TaskPane';

export function mountTaskPane(props: TaskPaneProps): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');
  createRoot(container).render(<TaskPane {...props} />);
}

/** A plain message when the pane cannot start at all (outside Excel, no Office.js). */
export function showStartupMessage(text: string): void {
  const container = document.getElementById('root');
  if (!container) return;
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.style.cssText = 'font-family: "Segoe UI", system-ui, sans-serif; padding: 12px; white-space: pre-wrap;';
  p.textContent = text;
  container.replaceChildren(p);
}

/** What taskpane.html's startup-check.js (ES5) puts on `window.cchcStartup`. */
export interface StartupCheck {
  /** The webview lacks what the bundle needs; its message is on screen. */
  readonly unsupported: boolean;
  /** Office.onReady has fired: stops the start-up timeout and hides its message. */
  ready(): void;
}

/** The first screens of taskpane.html (static, bilingual markup), by the name startup-check.js uses. */
export type StartupScreen = 'unsupported' | 'office-missing' | 'office-slow';

/**
 * Shows one of taskpane.html's static first screens. startup-check.js shows them itself; this is
 * for the entry, so that the screen appears even if that script did not run.
 */
export function showStartupScreen(screen: StartupScreen): void {
  const el = document.getElementById(`cchc-${screen}`);
  if (el) el.hidden = false;
}
