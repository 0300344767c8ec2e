import {
  BRIDGE_API_METHODS,
  type ActionResult,
  type BridgeApi,
  type ConnectionSettingsInput,
  type PublicSettings,
  type SaveResult,
} from '../src/bridge/api.js';
import type { TokenVault } from './token-vault.js';
import { msg } from '../src/i18n/note.js';
import { noteMessage } from '../src/i18n/render-note.js';

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
  // Every method of the list forwards to the core; the desktop's own behaviour is set below.
  const forwarded: Record<string, unknown> = { subscribe: (listener: Parameters<BridgeApi['subscribe']>[0]) => core.subscribe(listener) };
  for (const method of BRIDGE_API_METHODS) {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with `apply(core, …)`
    const fn = core[method] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (typeof fn === 'function') forwarded[method] = (...args: unknown[]) => fn.apply(core, args);
  }
  const api = forwarded as unknown as BridgeApi;
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
      return { ok: true, ...noteMessage(msg(enabled ? 'action.startAtLoginOn' : 'action.startAtLoginOff')) };
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      return { ok: false, ...noteMessage(msg('action.startAtLoginFailed', { error })) };
    }
  };
  return api;
}
