import { BRIDGE_API_METHODS, type ApiMethod, type BridgeApi } from '../../src/bridge/api.js';

/**
 * A `BridgeApi` built from a call transport (Electron IPC or the dashboard WebSocket): one function
 * per method of `BRIDGE_API_METHODS`, so a new method needs no code here. Trailing `undefined`
 * arguments are dropped (an omitted optional argument), since they do not survive JSON or IPC.
 */
export function apiFromCalls(call: (method: ApiMethod, args: unknown[]) => Promise<unknown>, subscribe: BridgeApi['subscribe']): BridgeApi {
  const api: Record<string, unknown> = { subscribe };
  for (const method of BRIDGE_API_METHODS)
    api[method] = (...args: unknown[]) => {
      while (args.length && args[args.length - 1] === undefined) args.pop();
      return call(method, args);
    };
  return api as unknown as BridgeApi;
}
