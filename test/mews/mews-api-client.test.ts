import { createServer, type AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { MewsApiClient } from '../../src/mews/mews-api-client.js';
import { MewsApiError } from '../../src/mews/errors.js';
import { silentLogger } from '../../src/util/logger.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { mewsWithPrinter, TOKENS } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

describe('Connector API client against the fake Mews', () => {
  const env = mewsWithPrinter();
  let mews: FakeMews;
  let printerId: string;
  beforeAll(() => void ({ mews, printerId } = env));

  const client = (over: Partial<ConstructorParameters<typeof MewsApiClient>[0]> = {}) =>
    new MewsApiClient({
      apiUrl: mews.url,
      credentials: () => ({ ...TOKENS, client: 'Test 1.0' }),
      log: silentLogger(),
      backoffBaseMs: 20,
      backoffCapMs: 100,
      requestTimeoutMs: 1000,
      ...over,
    });

  it('fetches active commands and commands by id, validating them', async () => {
    const id = mews.store.addPrinterCommand(printerId, 'JVBERi0=').Id;
    const active = await client().getAllActive();
    expect(active.commands.map((c) => c.Id)).toContain(id);
    const byId = await client().getAllByIds([id]);
    expect(byId.commands[0]).toMatchObject({ Id: id, State: 'Pending', Device: { Type: 'Printer' } });
  });

  it('keeps valid commands when one in the batch is malformed', async () => {
    const good = mews.store.addPrinterCommand(printerId, 'JVBERi0=').Id;
    const bad = mews.store.addPrinterCommand(printerId, 'JVBERi0=');
    (bad as unknown as { State: string }).State = 'Exploded';
    const r = await client().getAllByIds([good, bad.Id]);
    expect(r.commands.map((c) => c.Id)).toEqual([good]);
    expect(r.invalid).toEqual([expect.objectContaining({ id: bad.Id, reason: expect.stringMatching(/State/) })]);
    bad.State = 'Cancelled';
  });

  it('maps 401 to a typed unauthorized failure without retrying, keeping the RequestId', async () => {
    const before = mews.requests.get('commands/getAllActive') ?? 0;
    const err = await client({ credentials: () => ({ ...TOKENS, accessToken: 'nope-nope', client: 'T' }) })
      .getAllActive()
      .catch((e) => e);
    expect(err).toBeInstanceOf(MewsApiError);
    expect(err).toMatchObject({ kind: 'unauthorized', status: 401, requestId: expect.any(String) });
    expect(mews.requests.get('commands/getAllActive')).toBe(before + 1);
  });

  it('maps 400 for an unknown command and does not retry it', async () => {
    const err = await client()
      .update({ CommandId: '00000000-0000-4000-8000-000000000000', State: 'Processed' })
      .catch((e) => e);
    expect(err).toMatchObject({ kind: 'bad-request', status: 400, message: expect.stringMatching(/Invalid CommandId/) });
  });

  it('retries 429 after Retry-After and 500 with backoff, then succeeds', async () => {
    mews.faults.failNext({ status: 429, retryAfter: 1, path: 'commands/getAllActive' });
    mews.faults.failNext({ status: 500, path: 'commands/getAllActive', times: 2 });
    const started = Date.now();
    const r = await client().getAllActive();
    expect(Array.isArray(r.commands)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950); // it did wait for Retry-After
  });

  it('gives up after the configured attempts with the last typed failure', async () => {
    mews.faults.failNext({ status: 503, path: 'devices/getAll', times: 3 });
    const err = await client({ maxAttempts: 3 })
      .getDevices()
      .catch((e) => e);
    expect(err).toMatchObject({ kind: 'server', status: 503 });
  });

  it('turns an unanswered request into a timeout failure', async () => {
    mews.faults.hangNext = 1;
    const err = await client({ maxAttempts: 1, requestTimeoutMs: 300 })
      .getDevices()
      .catch((e) => e);
    expect(err).toMatchObject({ kind: 'timeout' });
  });

  it('maps a refused connection to a network failure', async () => {
    const srv = createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const port = (srv.address() as AddressInfo).port;
    await new Promise((r) => srv.close(r));
    const err = await client({ apiUrl: `http://127.0.0.1:${port}`, maxAttempts: 1 })
      .getDevices()
      .catch((e) => e);
    expect(err).toMatchObject({
      kind: 'network',
      message: expect.stringMatching(/^Cannot reach Mews: 127\.0\.0\.1:\d+ refused the connection\./),
    });
  });

  it('sends Progress only with Processing and Notes only with final states, and accepts 204', async () => {
    const id = mews.store.addPrinterCommand(printerId, 'JVBERi0=').Id;
    const c = client({ preferMinimal: true });
    await c.update({ CommandId: id, State: 'Received', Progress: 0.3, Notes: 'x' });
    await c.update({ CommandId: id, State: 'Processing', Progress: 0.5, Notes: 'y' });
    await c.update({ CommandId: id, State: 'Error', Progress: 0.9, Notes: 'Paper out' });
    expect(mews.store.updatesFor(id).map(({ State, Progress, Notes }) => ({ State, Progress, Notes }))).toEqual([
      { State: 'Received', Progress: null, Notes: null },
      { State: 'Processing', Progress: 0.5, Notes: null },
      { State: 'Error', Progress: null, Notes: 'Paper out' },
    ]);
  });

  it('lists devices', async () => {
    expect((await client().getDevices()).map((d) => d.Id)).toContain(printerId);
  });

  it('a 429 with Retry-After stops every request of the token for that long, then all of them go through', async () => {
    const id = mews.store.addPrinterCommand(printerId, 'JVBERi0=').Id;
    const other = mews.store.addPrinterCommand(printerId, 'JVBERi0=').Id;
    const api = client({ maxAttempts: 6 });
    const { tooMany, insideRetryAfter } = { ...mews.limits };
    mews.faults.failNext({ status: 429, retryAfter: 1, path: 'commands/getAllActive' });
    const first = api.getAllActive();
    await waitFor(() => api.budget.pausedUntil > Date.now(), 'the 429 to pause the budget', 5000, 1);
    // Everything the bridge would send meanwhile: a read, a final state, Received, Progress.
    const later = Promise.all([
      api.getAllByIds([id]),
      api.update({ CommandId: id, State: 'Received' }),
      api.getDevices(),
      api.update({ CommandId: other, State: 'Processed' }),
    ]);
    expect(await api.progressIfRoom({ CommandId: id, State: 'Processing', Progress: 0.5 })).toBe(false);
    await Promise.all([first, later]);
    expect(mews.limits.tooMany).toBe(tooMany + 1);
    expect(mews.limits.insideRetryAfter).toBe(insideRetryAfter);
    expect(mews.store.updatesFor(id).map((u) => u.State)).toEqual(['Received']); // Progress was dropped, not queued
    expect(mews.store.updatesFor(other).map((u) => u.State)).toEqual(['Processed']);
  });
});
