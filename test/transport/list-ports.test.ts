import { describe, expect, it } from 'vitest';
import { listSerialPorts } from '../../src/transport/index.js';

describe('listSerialPorts', () => {
  it('never rejects and explains a failed OS listing in words', async () => {
    const res = await listSerialPorts();
    expect(Array.isArray(res.ports)).toBe(true);
    for (const p of res.ports) expect(p.path).toMatch(/^(\/dev\/|COM)/);
    if (res.error !== null) expect(res.error).toMatch(/Type the port path/);
  });
});
