import { app, dialog, shell, type BrowserWindow } from 'electron';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BridgeApi } from '../src/bridge/api.js';
import type { BridgeService } from '../src/bridge/bridge-service.js';
import { ConfigError, describeIssue } from '../src/config/validate.js';
import { appLogger } from '../src/util/app-logger.js';
import { startCoreBridge } from './core-bridge.js';
import { desktopApi } from './desktop-api.js';
import { forwardEvents, registerBridgeIpc, type TrustedOrigins } from './ipc.js';
import { notifyFailures } from './notify-failures.js';
import { TokenVault } from './token-vault.js';
import { ElectronSettingsStore } from './electron-settings-store.js';
import { BridgeTray } from './bridge-tray.js';
import { createMainWindow, hardenSession } from './main-window.js';
import { GroupUpdates } from './group-updates.js';

const here = dirname(fileURLToPath(import.meta.url)); // dist-electron/electron
const appRoot = resolve(here, '..', '..');
const origins: TrustedOrigins = {
  indexFile: join(appRoot, 'dist-renderer', 'index.html'),
  devUrl: !app.isPackaged ? process.env.VITE_DEV_SERVER_URL : undefined,
};

let win: BrowserWindow | null = null;
let tray: BridgeTray | null = null;
let service: BridgeService | null = null;
let quitting = false;
let updates: GroupUpdates | null = null;

function showWindow(): void {
  if (!win || win.isDestroyed()) {
    win = createMainWindow({ preload: join(here, 'preload.cjs'), origins });
    // Closing the window keeps the bridge running in the tray; Quit is in the tray menu.
    win.on('close', (e) => {
      if (!quitting) {
        e.preventDefault();
        win?.hide();
      }
    });
  }
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

async function quit(): Promise<void> {
  if (quitting) return;
  quitting = true;
  updates?.stop();
  try {
    await service?.stop();
  } finally {
    tray?.destroy();
    app.quit();
  }
}

async function start(): Promise<void> {
  hardenSession({ csp: !origins.devUrl });
  const dataDir = join(app.getPath('userData'), 'bridge-data');
  const vault = new TokenVault();
  const store = new ElectronSettingsStore({ vault, defaults: { dataDir } });
  const secrets = () => (service ? [service.config.mews.clientToken, service.config.mews.accessToken] : []);
  const { log, file } = appLogger({ dataDir, level: 'info', secrets, tty: false });

  try {
    service = await startCoreBridge({ store, log, version: app.getVersion(), dataDir, logFile: file, appLocale: app.getLocale() });
  } catch (err) {
    const detail = err instanceof ConfigError ? err.issues.map(describeIssue).join('\n') : String(err);
    log.error({ err: detail }, 'The bridge could not start');
    dialog.showErrorBox('Mews Device Bridge could not start', `${detail}\n\nSettings file: ${store.path}`);
    app.exit(2);
    return;
  }

  const api: BridgeApi = desktopApi(service, {
    vault,
    loginItems: {
      get: () => (process.platform === 'linux' ? null : app.getLoginItemSettings().openAtLogin),
      set: (enabled) => app.setLoginItemSettings({ openAtLogin: enabled, args: ['--hidden'] }),
    },
  });
  registerBridgeIpc(api, origins, { warn: (m) => log.warn(m) });
  forwardEvents(api, () => (win && !win.isDestroyed() ? win.webContents : null));

  tray = new BridgeTray(
    {
      open: showWindow,
      setPaused: (paused) => void api.setPaused(paused),
      reconnect: () => void api.reconnect(),
      openLogs: () => void shell.openPath(file.path),
      quit: () => void quit(),
    },
    service.language(),
  );
  tray.follow(api);
  notifyFailures(api, showWindow, service.language());

  // Updates from the hotel group's own server (settings `updates.url`), installed at a quiet moment.
  const updateConfig = service.config.updates;
  if (updateConfig.url && app.isPackaged) {
    const { autoUpdater } = await import('electron-updater');
    updates = new GroupUpdates({ updater: autoUpdater, api, config: { ...updateConfig, url: updateConfig.url }, log });
    updates.start();
  }

  const startedHidden = process.argv.includes('--hidden');
  if (!startedHidden) showWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => showWindow());
  app.on('window-all-closed', () => {
    /* stay in the tray */
  });
  app.on('before-quit', (e) => {
    if (!quitting) {
      e.preventDefault();
      void quit();
    }
  });
  app.on('activate', () => showWindow());
  app.whenReady().then(start, (err: unknown) => {
    dialog.showErrorBox('Mews Device Bridge could not start', String(err));
    app.exit(1);
  });
}
