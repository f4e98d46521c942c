/**
 * The whole task pane: theme, language, error boundary, and the app wired to a workbook port, a
 * settings store and the engine. index.tsx gives it Office's adapters; tests and the preview give
 * it fakes.
 */
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../engine/types';
import type { SettingsStore } from '../workbook/port';
import { App } from './App';
import type { GuideStore } from './guide-store';
import type { PanePort } from './usePane';
import { ErrorBoundary } from './components/ErrorBoundary';
import { defaultEngine, type EngineApi } from '../usecase';
import { StringsProvider, useStrings } from './strings';

export interface TaskPaneProps {
  port: PanePort;
  settings: SettingsStore;
  /** Where hiding the first-run panel is remembered (this computer's storage by default). */
  guide?: GuideStore;
  lang: Lang;
  engine?: EngineApi;
  /** Shows the "Bản xem thử / Preview" banner (the pane runs outside Office). */
  preview?: boolean;
}

function PreviewBanner() {
  const { t } = useStrings();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="preview-banner">
      <MessageBarBody>
        <MessageBarTitle>{t.previewBanner}</MessageBarTitle>
        {t.previewDetail}
      </MessageBarBody>
    </MessageBar>
  );
}

export function TaskPane({ port, settings, lang, engine = defaultEngine, guide, preview = false }: TaskPaneProps) {
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'vi' ? 'vi-VN' : 'en-US'}>
      <StringsProvider lang={lang}>
        <main>
          {preview && <PreviewBanner />}
          <ErrorBoundary>
            <App port={port} settings={settings} engine={engine} preview={preview} {...(guide ? { guide } : {})} />
          </ErrorBoundary>
        </main>
      </StringsProvider>
    </FluentProvider>
  );
}
