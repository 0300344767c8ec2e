import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLogger, scrub } from '../../src/util/logger.js';
import { guestValues } from '../../src/util/guest-data.js';

/** Security review: tokens never reach a log line, whatever characters they hold and however deep they sit. */
describe('logger redaction', () => {
  function capture(secrets: string[]) {
    const lines: string[] = [];
    const log = createLogger({ secrets: () => secrets, destination: { write: (l: string) => void lines.push(l) } });
    return { log, text: () => lines.join('') };
  }

  it('scrubs a token that JSON escapes in the line (quotes, backslashes, control characters)', () => {
    const token = 'TOKEN"with\\odd€chars\u0001';
    const { log, text } = capture([token]);
    log.warn({ err: `Mews said ${token}` }, `message ${token}`);
    expect(text()).not.toContain(JSON.stringify(token).slice(1, -1));
    expect(text()).toContain('[redacted]');
  });

  it('redacts token fields by name three levels down', () => {
    const { log, text } = capture([]);
    log.warn({ a: { b: { accessToken: 'other-token-value' } } }, 'nested');
    expect(text()).not.toContain('other-token-value');
  });

  it('no token of six characters or more survives in any line (fuzz)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 6, maxLength: 40 }).filter((t) => !'[redacted]'.includes(t)),
        fc.string({ maxLength: 20 }),
        (token, around) => {
          const { log, text } = capture([token]);
          log.warn({ err: `${around}${token}${around}`, fields: { detail: token } }, `${token} ${around}`);
          const line = text();
          expect(line.includes(JSON.stringify(token).slice(1, -1))).toBe(false);
          expect(scrub(`x${token}x`, [token])).toBe('x[redacted]x');
        },
      ),
      { seed: 4242, numRuns: 300 },
    );
  });
});

describe('guest data in log lines', () => {
  function capture() {
    const lines: string[] = [];
    const log = createLogger({ destination: { write: (l: string) => void lines.push(l) } });
    return { log, lines };
  }

  it('masks the names, phone and e-mail of commands read, by field name and by value, and leaves other words alone', () => {
    guestValues.remember('cmd-guest-1', ['Li', 'Nováková', '+420 777 123 456', 'null', 'x']);
    try {
      const { log, lines } = capture();
      log.info({ lastName: 'Anyone', nested: { Email: 'a@b.cz' } }, 'key for Li NOVÁKOVÁ at +420777123456, Listening on Linux');
      log.warn({ detail: 'null', other: 'write to someone@example.org' }, 'x marks');
      const [a, b] = lines.map((l) => JSON.parse(l) as Record<string, any>);
      expect(a!.msg).toBe('key for [guest] [guest] at [guest], Listening on Linux');
      expect(a!.lastName).toBe('[redacted]');
      expect(a!.nested.Email).toBe('[redacted]');
      expect(b!.detail).toBe('[guest]'); // still valid JSON: only string contents are scrubbed
      expect(b!.other).toBe('write to [guest]');
      expect(b!.msg).toBe('x marks'); // one-letter values are never scrubbed
    } finally {
      guestValues.forget(['cmd-guest-1']);
    }
    const { log, lines } = capture();
    log.info('Nováková again');
    expect(lines[0]).toContain('Nováková'); // forgotten after the retention sweep: nothing to scrub with
  });

  it('masks only what it must: device names, room names and ordinary words that a guest name shares are left alone', () => {
    // The soak's guest is called "Soak"; its devices are "Soak printer" and "Soak FIAS encoder" (newcomer notes, issue 10).
    guestValues.remember('cmd-soak', ['Soak', 'Tester', 'Soak Tester']);
    guestValues.remember('cmd-will', ['Will', 'Page', 'Will Page']);
    guestValues.remember('cmd-park', ['Anna', 'Park', 'Anna Park']);
    guestValues.protect('devices:test', ['Soak printer', 'Soak FIAS encoder', 'Bar']);
    guestValues.protect('cmd-park', ['Park Suite']);
    try {
      const { log, lines } = capture();
      log.warn({ device: 'Soak FIAS encoder', detail: 'Lock system not connected' }, 'Device problem on Soak FIAS encoder: not connected');
      log.info({ device: 'Soak printer' }, 'Printing page 2 of 3; the bridge will retry the soak test');
      log.info({ room: 'Park Suite' }, 'Key for Park Suite encoded');
      // The same words as a guest's name, outside those names, are still masked.
      log.info('Lock system says: card for Soak Tester (SOAK) encoded; Will Page checked in; guest Park in room 12');
      const [a, b, c, d] = lines.map((l) => JSON.parse(l) as Record<string, string>);
      expect(a).toMatchObject({ device: 'Soak FIAS encoder', msg: 'Device problem on Soak FIAS encoder: not connected' });
      expect(b).toMatchObject({ device: 'Soak printer', msg: 'Printing page 2 of 3; the bridge will retry the soak test' });
      expect(c).toMatchObject({ room: 'Park Suite', msg: 'Key for Park Suite encoded' });
      expect(d!.msg).toBe('Lock system says: card for [guest] ([guest]) encoded; [guest] checked in; guest [guest] in room 12');
      expect(lines.join('')).not.toMatch(/Tester|Anna/);
    } finally {
      guestValues.forget(['cmd-soak', 'cmd-will', 'cmd-park']);
      guestValues.protect('devices:test', []);
    }
  });
});
