import type { BridgeApi, BridgeIpc } from '../../src/bridge/api.js';
import { apiFromCalls } from './api-from-calls.js';
import { createWsBridgeApi, takeDashboardToken } from './ws-bridge-api.js';

declare global {
  interface Window {
    /** Set by the Electron preload: the IPC transport the api is built on. */
    bridgeIpc?: BridgeIpc;
  }
}

let token: string | null | undefined;

/** False when this page was opened without the dashboard link's token (and is not in the app). */
export function hasBridgeAccess(): boolean {
  if (window.bridgeIpc) return true;
  token ??= takeDashboardToken();
  return !!token;
}

/** The one place that knows where the api comes from; the UI only sees `BridgeApi`. */
export function resolveBridgeApi(): BridgeApi {
  if (window.bridgeIpc) return apiFromCalls(window.bridgeIpc.call, window.bridgeIpc.subscribe);
  token ??= takeDashboardToken();
  const proto = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return createWsBridgeApi(`${proto}//${window.location.host}/api/ws?token=${encodeURIComponent(token ?? '')}`);
}
