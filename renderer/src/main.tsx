import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.js';
import { i18n } from './i18n/i18n.js';
import { hasBridgeAccess, resolveBridgeApi } from './bridge.js';
import { MissingToken } from './views/MissingToken.js';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>{hasBridgeAccess() ? <App api={resolveBridgeApi()} /> : <MissingToken />}</I18nextProvider>
  </StrictMode>,
);
