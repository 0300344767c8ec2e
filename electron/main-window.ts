import { BrowserWindow, session, shell } from 'electron';
import { CSP } from '../src/support/content-security-policy.js';
import type { TrustedOrigins } from './ipc.js';

/**
 * Locks down the default session: no permissions, and the CSP header on every response (except
 * against Vite's dev server, whose hot reload needs inline scripts; the built page carries a CSP meta).
 */
export function hardenSession(opts: { csp: boolean }): void {
  if (opts.csp)
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
    });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
}

export function createMainWindow(opts: { preload: string; origins: TrustedOrigins; icon?: Electron.NativeImage }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 760,
    minHeight: 560,
    show: false,
    title: 'Mews Device Bridge',
    backgroundColor: '#eef1f5',
    autoHideMenuBar: true,
    ...(opts.icon ? { icon: opts.icon } : {}),
    webPreferences: {
      preload: opts.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.once('ready-to-show', () => win.show());
  if (opts.origins.devUrl) void win.loadURL(opts.origins.devUrl);
  else void win.loadFile(opts.origins.indexFile);
  return win;
}
