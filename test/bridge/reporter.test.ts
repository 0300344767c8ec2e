import { describe, expect, it } from 'vitest';
import { Reporter } from '../../src/bridge/reporter.js';
import { MewsApiClient } from '../../src/mews/mews-api-client.js';
import { silentLogger } from '../../src/util/logger.js';
import { mewsWithPrinter, TOKENS } from '../helpers/core-harness.js';

describe('reporter under a saturated request budget', () => {
  const env = mewsWithPrinter();

  it('delivers final states first, drops Progress, and withdraws a Processing its final state overtook', async () => {
    const { mews, printerId } = env;
    const cmd = () => mews.store.addPrinterCommand(printerId, 'JVBERi0=').Id;
    const [running, waiting, done, overtaken] = [cmd(), cmd(), cmd(), cmd()];
    const api = new MewsApiClient({
      apiUrl: mews.url,
      credentials: () => ({ ...TOKENS, client: 'Reporter test' }),
      log: silentLogger(),
      maxRequestsPer30s: 4,
      rateWindowMs: 1500,
    });
    const reporter = new Reporter(api, silentLogger(), 0);
    for (let i = 0; i < 4; i++) await api.budget.take('final'); // the window is full
    const start = mews.store.updates.length;

    reporter.progress(running, 0.5);
    const processing = reporter.send({ CommandId: waiting, State: 'Processing' });
    const superseded = reporter.send({ CommandId: overtaken, State: 'Processing' });
    const finals = [
      reporter.final({ CommandId: done, State: 'Processed' }),
      reporter.final({ CommandId: overtaken, State: 'Error', Notes: 'Paper out' }),
    ];
    expect(await Promise.all(finals)).toEqual(['accepted', 'accepted']);
    expect(await superseded).toBe(false);
    expect(await processing).toBe(true);
    reporter.close();

    const sent = mews.store.updates.slice(start).map((u) => `${u.State} ${u.CommandId}`);
    expect(sent).toEqual([`Processed ${done}`, `Error ${overtaken}`, `Processing ${waiting}`]);
    expect(mews.store.updatesFor(running)).toEqual([]); // Progress found no room: dropped, never sent later
  });
});
