import { render } from '@testing-library/react';
import { App } from '../../../renderer/src/app/App';
import { showError } from '../../../renderer/src/app/error-notifications';
import { createQueryClient } from '../../../renderer/src/app/query-client';
import { createI18n } from '../../../renderer/src/i18n/i18n';

/** Renders the whole renderer as main.tsx does, over whatever `window.newsroom` the test installed. */
export function renderApp() {
  const i18n = createI18n();
  const queryClient = createQueryClient((error) => showError(i18n, error));
  return { i18n, ...render(<App i18n={i18n} queryClient={queryClient} />) };
}
