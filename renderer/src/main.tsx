import './zod-config';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/tiptap/styles.css';
import './styles/prosemirror.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { showError } from './app/error-notifications';
import { guardLinks } from './app/link-guard';
import { createQueryClient } from './app/query-client';
import { createI18n } from './i18n/i18n';

guardLinks();
const i18n = createI18n();
const queryClient = createQueryClient((error) => showError(i18n, error));
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App i18n={i18n} queryClient={queryClient} />
  </StrictMode>,
);
