import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { hasBridgeAccess, resolveBridgeApi } from './bridge.js';
import { MissingToken } from './views/MissingToken.js';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>{hasBridgeAccess() ? <App api={resolveBridgeApi()} /> : <MissingToken />}</StrictMode>,
);
