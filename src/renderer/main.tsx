/**
 * The renderer's entry: fonts and styles, one i18n instance, one API client
 * (IPC in Electron, HTTP in browser mode), then the app.
 */
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/500.css';
import '@fontsource/noto-sans-jp/700.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/tables.css';
import './styles/dialog.css';
import './styles/matrix.css';
import './styles/scoring.css';
import './styles/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { chooseClient } from './api/choose-client';
import { ApiProvider } from './app/api-context';
import { App } from './app/app';
import { createRendererI18n } from './app/renderer-i18n';

const i18n = createRendererI18n();
const chosen = chooseClient((reason) => i18n.t(`ui:door.${reason}`));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n} defaultNS="ui">
      <ApiProvider client={chosen.client} bridge={chosen.bridge}>
        <App />
      </ApiProvider>
    </I18nextProvider>
  </StrictMode>,
);
