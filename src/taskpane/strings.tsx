/** The pane's language and strings, given once at the top and read by every component. */
import { createContext, useContext } from 'react';
import type { Lang } from '../engine/types';
import { uiStrings, type UiStrings } from '../i18n/ui';

interface StringsValue {
  lang: Lang;
  t: UiStrings;
}

const StringsContext = createContext<StringsValue>({ lang: 'vi', t: uiStrings('vi') });

export function StringsProvider(props: { lang: Lang; children: React.ReactNode }) {
  return <StringsContext.Provider value={{ lang: props.lang, t: uiStrings(props.lang) }}>{props.children}</StringsContext.Provider>;
}

export function useStrings(): StringsValue {
  return useContext(StringsContext);
}
