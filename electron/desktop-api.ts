import type { ActionResult, BridgeApi, ConnectionSettingsInput, PublicSettings, SaveResult } from '../src/bridge/api.js';
import type { TokenVault } from './secrets.js';

export interface LoginItems {
  /** Null where the OS has no login items (Linux). */
  get(): boolean | null;
  set(enabled: boolean): void;
}

/**
 * The core's `BridgeApi` plus what only the desktop has: start at login, and a clear refusal
 * (instead of a thrown error) when tokens cannot be stored encrypted.
 */
export function desktopApi(core: BridgeApi, opts: { vault: TokenVault; loginItems: LoginItems }): BridgeApi {
  const api: BridgeApi = {
    getSnapshot: () => core.getSnapshot(),
    subscribe: (listener) => core.subscribe(listener),
    getSettings: () => core.getSettings(),
    saveConnection: (input) => core.saveConnection(input),
    saveDevice: (input, originalId) => core.saveDevice(input, originalId),
    removeDevice: (id) => core.removeDevice(id),
    testDevice: (id) => core.testDevice(id),
    retryCommand: (id) => core.retryCommand(id),
    dismissCommand: (id) => core.dismissCommand(id),
    reconnect: () => core.reconnect(),
    setPaused: (paused) => core.setPaused(paused),
    listSerialPorts: () => core.listSerialPorts(),
    listSystemPrinters: () => core.listSystemPrinters(),
    getDevicePreview: (id) => core.getDevicePreview(id),
    searchHistory: (query, limit) => core.searchHistory(query, limit),
    exportDiagnostics: () => core.exportDiagnostics(),
    getLog: (query, limit) => core.getLog(query, limit),
  };
  api.getSettings = async (): Promise<PublicSettings> => ({ ...(await core.getSettings()), startAtLogin: opts.loginItems.get() });
  api.saveConnection = async (input: ConnectionSettingsInput): Promise<SaveResult> => {
    const reason = opts.vault.unavailableReason();
    if (reason && (input.clientToken?.trim() || input.accessToken?.trim())) {
      const message = `Not saved: this computer has no secure storage for tokens (${reason}). Tokens are never stored unencrypted.`;
      return {
        ok: false,
        issues: [
          ...(input.clientToken?.trim() ? [{ field: 'mews.clientToken', message }] : []),
          ...(input.accessToken?.trim() ? [{ field: 'mews.accessToken', message }] : []),
        ],
      };
    }
    return core.saveConnection(input);
  };
  api.setStartAtLogin = async (enabled: boolean): Promise<ActionResult> => {
    try {
      opts.loginItems.set(enabled);
      return { ok: true, message: enabled ? 'The bridge will start when you sign in' : 'The bridge will no longer start at sign-in' };
    } catch (err) {
      return { ok: false, message: `Could not change the start-up setting: ${err instanceof Error ? err.message : String(err)}` };
    }
  };
  return api;
}
