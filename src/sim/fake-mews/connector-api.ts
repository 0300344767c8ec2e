import { randomUUID } from 'node:crypto';
import { FINAL, type FakeMewsStore, type State } from './fake-mews-store.js';

/** The documented Connector API operations the fake serves, with the docs' validation rules. */

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const ENVELOPE = ['ClientToken', 'AccessToken', 'Client', 'LanguageCode', 'CultureCode'];
const STATES: State[] = ['Pending', 'Received', 'Processing', 'Processed', 'Cancelled', 'Error'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function onlyProps(body: Record<string, unknown>, allowed: string[]): void {
  for (const k of Object.keys(body)) if (!ENVELOPE.includes(k) && !allowed.includes(k)) throw new ApiFailure(400, `Invalid ${k}.`);
}

export type Operation = (store: FakeMewsStore, body: Record<string, unknown>) => unknown;

export const OPERATIONS: Record<string, Operation> = {
  'commands/getAllActive': (store, body) => {
    onlyProps(body, []);
    return { Commands: store.active(), Cursor: null };
  },

  'commands/getAllByIds': (store, body) => {
    onlyProps(body, ['CommandIds', 'Limitation']);
    const ids = body.CommandIds;
    if (!Array.isArray(ids) || ids.length < 1 || ids.length > 1000) throw new ApiFailure(400, 'Invalid CommandIds.');
    if (ids.some((id) => typeof id !== 'string' || !UUID.test(id))) throw new ApiFailure(400, 'Invalid CommandIds.');
    const lim = body.Limitation as { Count?: unknown } | null | undefined;
    if (lim != null && (typeof lim.Count !== 'number' || lim.Count < 1 || lim.Count > 1000))
      throw new ApiFailure(400, 'Invalid Limitation.');
    const found = (ids as string[]).map((id) => store.commands.get(id)).filter((c) => c !== undefined);
    return { Commands: found, Cursor: null };
  },

  'commands/update': (store, body) => {
    onlyProps(body, ['CommandId', 'State', 'Progress', 'Notes']);
    const id = body.CommandId;
    if (typeof id !== 'string' || !store.commands.has(id)) throw new ApiFailure(400, 'Invalid CommandId.');
    const state = body.State as State;
    if (!STATES.includes(state)) throw new ApiFailure(400, 'Invalid State.');
    if (body.Progress != null && typeof body.Progress !== 'number') throw new ApiFailure(400, 'Invalid Progress.');
    if (body.Notes != null && typeof body.Notes !== 'string') throw new ApiFailure(400, 'Invalid Notes.');
    const current = store.commands.get(id)!.State;
    // Our assumption (undocumented by Mews): Processed and Cancelled commands are closed for good.
    if (current === 'Processed' || current === 'Cancelled')
      throw new ApiFailure(400, `Invalid CommandId: the command is already ${current}.`);
    store.applyUpdate({
      CommandId: id,
      State: state,
      Progress: state === 'Processing' ? (body.Progress ?? null) : null,
      Notes: FINAL.has(state) ? (body.Notes ?? null) : null,
    });
    return {};
  },

  'commands/addPrinter': (store, body) => {
    onlyProps(body, ['PrinterId', 'Data', 'CopyCount', 'EnterpriseId']);
    if (typeof body.PrinterId !== 'string') throw new ApiFailure(400, 'Invalid PrinterId.');
    if (typeof body.Data !== 'string' || !body.Data) throw new ApiFailure(400, 'Invalid Data.');
    if (!Number.isInteger(body.CopyCount)) throw new ApiFailure(400, 'Invalid CopyCount.');
    try {
      return { CommandId: store.addPrinterCommand(body.PrinterId, body.Data, body.CopyCount as number).Id };
    } catch (e) {
      throw new ApiFailure(400, (e as Error).message);
    }
  },

  'commands/addKeyCutter': (store, body) => {
    onlyProps(body, ['KeyCutterId', 'ReservationId', 'KeyCount', 'EnterpriseId']);
    if (typeof body.KeyCutterId !== 'string') throw new ApiFailure(400, 'Invalid KeyCutterId.');
    if (typeof body.ReservationId !== 'string' || !UUID.test(body.ReservationId)) throw new ApiFailure(400, 'Invalid ReservationId.');
    if (!Number.isInteger(body.KeyCount) || (body.KeyCount as number) < 1) throw new ApiFailure(400, 'Invalid KeyCount.');
    try {
      return { CommandId: store.addKeyCutterCommand(body.KeyCutterId, body.KeyCount as number).Id };
    } catch (e) {
      throw new ApiFailure(400, (e as Error).message);
    }
  },

  'devices/getAll': (store, body) => {
    onlyProps(body, []);
    return { Devices: [...store.devices.values()] };
  },
};

export const newRequestId = () => randomUUID();
