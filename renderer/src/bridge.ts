import type { BridgeApi } from '../../src/bridge/api.js';
import { createWsBridgeApi, takeDashboardToken } from './ws-bridge-api.js';

declare global {
  interface Window {
    /** Set by the Electron preload. */
    bridgeApi?: BridgeApi;
  }
}

/** The one place that knows where the api comes from; the UI only sees `BridgeApi`. */
export function resolveBridgeApi(): BridgeApi {
  if (window.bridgeApi) return window.bridgeApi;
  const token = takeDashboardToken() ?? '';
  const proto = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return createWsBridgeApi(`${proto}//${window.location.host}/api/ws?token=${encodeURIComponent(token)}`);
}
