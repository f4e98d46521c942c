/**
 * The help page (help.html, beside the pane wherever it is hosted), in a new window: Office opens
 * a link with a target in the browser, outside the pane, so the pane stays as it is.
 */
import { Link } from '@fluentui/react-components';
import { useStrings } from '../strings';

export const HELP_PAGE = 'help.html';

export function HelpLink() {
  const { t } = useStrings();
  return (
    <Link href={HELP_PAGE} target="_blank" rel="noopener noreferrer" aria-label={`${t.help} ${t.opensNewWindow}`}>
      {t.help}
    </Link>
  );
}
