import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultPlan } from './fault-plan.js';
import type { FakeMewsStore } from './fake-mews-store.js';

/**
 * A small JSON control API for tests and the demo running in another process:
 *   POST /_control/devices        {Name, Type, Identifier?}  → device
 *   POST /_control/printer        {PrinterId, Data, CopyCount} → {CommandId}
 *   POST /_control/keycutter      {KeyCutterId, KeyCount, ...extras} → {CommandId}
 *   POST /_control/cancel         {CommandId}
 *   POST /_control/fault          {status, retryAfter?, path?, times?} | {latencyMs} | {hangNext} | {dropEvents}
 *   POST /_control/drop-sockets
 *   GET  /_control/commands       → all commands
 *   GET  /_control/updates        → every update received
 */
export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: { store: FakeMewsStore; faults: FaultPlan; dropSockets: () => void },
): Promise<void> {
  const route = (req.url ?? '').slice('/_control/'.length);
  const body = req.method === 'POST' ? await readJson(req) : {};
  const reply = (status: number, data: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(data));
  };
  try {
    switch (`${req.method} ${route}`) {
      case 'POST devices':
        return reply(200, ctx.store.addDevice(body as never));
      case 'POST printer':
        return reply(200, {
          CommandId: ctx.store.addPrinterCommand(String(body.PrinterId), String(body.Data), Number(body.CopyCount ?? 1)).Id,
        });
      case 'POST keycutter':
        return reply(200, { CommandId: ctx.store.addKeyCutterCommand(String(body.KeyCutterId), Number(body.KeyCount ?? 1), body).Id });
      case 'POST cancel':
        ctx.store.cancel(String(body.CommandId));
        return reply(200, {});
      case 'POST fault':
        if (typeof body.status === 'number') ctx.faults.failNext(body as never);
        if (typeof body.latencyMs === 'number') ctx.faults.latencyMs = body.latencyMs;
        if (typeof body.hangNext === 'number') ctx.faults.hangNext = body.hangNext;
        if (typeof body.dropEvents === 'boolean') ctx.faults.dropEvents = body.dropEvents;
        return reply(200, {});
      case 'POST drop-sockets':
        ctx.dropSockets();
        return reply(200, {});
      case 'GET commands':
        return reply(200, [...ctx.store.commands.values()]);
      case 'GET updates':
        return reply(200, ctx.store.updates);
      default:
        return reply(404, { Message: `Unknown control route ${route}` });
    }
  } catch (e) {
    reply(400, { Message: (e as Error).message });
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
  } catch {
    return {};
  }
}
