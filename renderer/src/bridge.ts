import type { BridgeApi } from '../../src/bridge/api.js';
import { createWsBridgeApi, takeDashboardToken } from './ws-bridge-api.js';

declare global {
  interface Window {
    /** Set by the Electron preload. */
    bridgeApi?: BridgeApi;
  }
}

let token: string | null | undefined;

/** False when this page was opened without the dashboard link's token (and is not in the app). */
export function hasBridgeAccess(): boolean {
  if (window.bridgeApi) return true;
  token ??= takeDashboardToken();
  return !!token;
}

/** The one place that knows where the api comes from; the UI only sees `BridgeApi`. */
export function resolveBridgeApi(): BridgeApi {
  if (window.bridgeApi) return window.bridgeApi;
  token ??= takeDashboardToken();
  const proto = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return createWsBridgeApi(`${proto}//${window.location.host}/api/ws?token=${encodeURIComponent(token ?? '')}`);
}
