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
