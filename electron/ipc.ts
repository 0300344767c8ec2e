import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { pathToFileURL } from 'node:url';
import type { BridgeApi, BridgeEvent } from '../src/bridge/api.js';
import { callApi } from '../src/bridge/api-args.js';

export const CALL_CHANNEL = 'bridge:call';
export const EVENT_CHANNEL = 'bridge:event';

export interface TrustedOrigins {
  /** The built renderer's index.html. */
  indexFile: string;
  /** Vite dev server URL, only in development. */
  devUrl?: string | undefined;
}

/** Only the app's own page may call: its index.html over file://, or the dev server's origin. */
export function isTrustedFrameUrl(url: string | undefined | null, origins: TrustedOrigins): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'file:') return u.pathname === pathToFileURL(origins.indexFile).pathname;
  if (origins.devUrl) return u.origin === new URL(origins.devUrl).origin;
  return false;
}

export class IpcRefused extends Error {
  override readonly name = 'IpcRefused';
}

/**
 * Serves `BridgeApi` calls from the renderer. The sender frame must be the app's own top-level page;
 * method and arguments are checked against the same whitelist and zod schemas as the dashboard.
 */
export function registerBridgeIpc(api: BridgeApi, origins: TrustedOrigins, log?: { warn(msg: string): void }): () => void {
  ipcMain.handle(CALL_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, args: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isTrustedFrameUrl(frame.url, origins)) {
      log?.warn('IPC call refused: unexpected sender');
      throw new IpcRefused('Refused: this page may not control the bridge');
    }
    return callApi(api, method, args);
  });
  return () => ipcMain.removeHandler(CALL_CHANNEL);
}

/** Pushes every bridge event to the window while it exists. */
export function forwardEvents(api: BridgeApi, target: () => WebContents | null): () => void {
  return api.subscribe((event: BridgeEvent) => {
    const wc = target();
    if (wc && !wc.isDestroyed()) wc.send(EVENT_CHANNEL, event);
  });
}
