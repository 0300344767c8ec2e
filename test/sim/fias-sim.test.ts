import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ByteQueue } from '../../src/devices/lock/byte-queue.js';
import { connectTcp, type LockStream } from '../../src/devices/lock/lock-stream.js';
import { listenTcp, type TcpListener } from '../../src/devices/lock/tcp-listener.js';
import { encodeRecord, readFiasFrame, type FiasRecord } from '../../src/devices/fias/codec.js';
import { startFiasSim, type FiasSimHandle } from '../../src/sim/fias-sim.js';
import { until } from '../devices/keycutter/kit.js';

let sim: FiasSimHandle | null = null;
let stream: LockStream | null = null;
let server: TcpListener | null = null;
let dir: string | null = null;
afterEach(async () => {
  await stream?.close();
  await sim?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  sim = stream = server = dir = null;
});

async function records(q: ByteQueue, n: number): Promise<FiasRecord[]> {
  const out: FiasRecord[] = [];
  while (out.length < n) {
    const inc = await q.take(readFiasFrame, 2000);
    if (inc.kind === 'record') out.push(inc.record);
  }
  return out;
}

describe('FIAS simulator', () => {
  it('as a server: starts the link, answers LS with LA and KR with KA, audits to JSONL', async () => {
    dir = mkdtempSync(join(tmpdir(), 'fias-audit-'));
    const auditFile = join(dir, 'audit.jsonl');
    sim = await startFiasSim({ endpoint: { role: 'server' }, auditFile });
    const { port } = sim.address as { port: number };
    stream = await connectTcp('127.0.0.1', port, 2000);
    const q = new ByteQueue(stream);
    expect((await records(q, 6)).map((r) => r.type)).toEqual(['LS', 'LD', 'LR', 'LR', 'LR', 'LA']);
    await stream.write(
      encodeRecord('LA', [
        ['DA', '201214'],
        ['TI', '121119'],
      ]),
    );
    await sim.waitLinked();
    await stream.write(
      encodeRecord('LS', [
        ['DA', '201214'],
        ['TI', '121120'],
      ]),
    );
    expect((await records(q, 1))[0]!.type).toBe('LA');
    await stream.write(Buffer.from('\x02KR|K#2|KC1|KTN|RN206|WS1|DA201214|DT12:00|G#16400|GN|GA201215|GD201216|TI131253|KO|\x03'));
    const [ka] = await records(q, 1);
    expect(ka!.text).toBe('KA|ASOK|CTOK|KC1|WS1|DA201214|TI131253|G#16400|$230431712|$3|');
    const line = JSON.parse(readFileSync(auditFile, 'utf8').trim()) as Record<string, unknown>;
    expect(line).toMatchObject({ sim: 'fias', record: 'KR', kind: 'new', room: '206', copyNumbers: [0, 1], departure: '201216' });
  });

  it('as a client: connects to the PMS and reconnects after being dropped', async () => {
    const seen: LockStream[] = [];
    server = await listenTcp('127.0.0.1', 0, (s) => seen.push(s));
    sim = await startFiasSim({ endpoint: { role: 'client', host: '127.0.0.1', port: server.port, reconnectDelayMs: 30 } });
    await until(() => seen.length === 1);
    await seen[0]!.close();
    await until(() => seen.length === 2);
    expect(sim.connections).toBe(2);
  });
});
