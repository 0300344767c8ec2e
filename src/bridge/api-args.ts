import { z } from 'zod';
import { LANGUAGES, LANGUAGE_SETTINGS } from '../i18n/languages.js';
import { MEWS_COMMAND_STATES, SHOWN_STATES, type ApiMethod, type BridgeApi, type ShownState } from './api.js';

/**
 * The argument schemas of the remote-callable `BridgeApi` (the list is `BRIDGE_API_METHODS` in
 * `api.ts`), shared by the dashboard WebSocket and Electron IPC.
 * Only these methods can be called, and only with arguments of these shapes. Device input is only
 * checked for being an object: the api validates it with the shared schema and answers with
 * per-field issues, which the UI shows next to the fields.
 */
const id = z.string().min(1).max(200);
const text = z.string().max(4096);

const connectionInput = z.strictObject({
  environment: z.enum(['demo', 'production', 'custom']),
  apiUrl: text.optional(),
  webSocketUrl: text.optional(),
  client: text.optional(),
  clientToken: text.optional(),
  accessToken: text.optional(),
});

export const apiArgs = {
  getSnapshot: z.tuple([]),
  getSettings: z.tuple([]),
  saveConnection: z.tuple([connectionInput]),
  saveDevice: z.tuple([z.record(z.string(), z.unknown()), id.optional()]),
  removeDevice: z.tuple([id]),
  testDevice: z.tuple([id]),
  retryCommand: z.tuple([id]),
  dismissCommand: z.tuple([id]),
  reconnect: z.tuple([]),
  setPaused: z.tuple([z.boolean()]),
  setLanguage: z.tuple([z.enum(LANGUAGE_SETTINGS)]),
  listSerialPorts: z.tuple([]),
  listSystemPrinters: z.tuple([]),
  getDevicePreview: z.tuple([id]),
  searchHistory: z.tuple([
    z.string().max(200),
    z.number().int().min(1).max(1000).optional(),
    z.enum(LANGUAGES).optional(),
    z
      .strictObject({
        states: z.array(z.enum(SHOWN_STATES as [ShownState, ...ShownState[]])).max(SHOWN_STATES.length),
        mewsStates: z.array(z.enum(MEWS_COMMAND_STATES)).max(MEWS_COMMAND_STATES.length),
        reporting: z.boolean(),
      })
      .optional(),
  ]),
  exportDiagnostics: z.tuple([]),
  getLog: z.tuple([z.string().max(200), z.number().int().min(1).max(2000).optional()]),
  setStartAtLogin: z.tuple([z.boolean()]),
} satisfies { [K in ApiMethod]-?: z.ZodType };

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiArgs, name);
}

export class RpcRefused extends Error {
  override readonly name = 'RpcRefused';
}

/** Checks method and arguments, then calls the api. Throws `RpcRefused` for anything not allowed (a bad call, not a failed one). */
export async function callApi(api: BridgeApi, method: unknown, args: unknown): Promise<unknown> {
  if (!isApiMethod(method)) throw new RpcRefused(`Unknown method ${JSON.stringify(String(method)).slice(0, 80)}`);
  // JSON turns trailing undefined into null; treat a trailing null as an omitted optional argument.
  const list = Array.isArray(args) ? [...(args as unknown[])] : args === undefined ? [] : args;
  if (Array.isArray(list)) while (list.length && list[list.length - 1] === null) list.pop();
  const parsed = apiArgs[method].safeParse(list);
  if (!parsed.success) throw new RpcRefused(`Invalid arguments for ${method}: ${parsed.error.issues[0]?.message ?? 'bad input'}`);
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with `apply(api, …)`
  const fn = api[method] as ((...a: unknown[]) => Promise<unknown>) | undefined;
  if (typeof fn !== 'function') throw new RpcRefused(`${method} is not available here`);
  return fn.apply(api, parsed.data as unknown[]);
}
