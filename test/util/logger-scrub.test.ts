import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLogger, scrub } from '../../src/util/logger.js';

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
      fc.property(fc.string({ unit: 'binary', minLength: 6, maxLength: 40 }).filter((t) => !'[redacted]'.includes(t)), fc.string({ maxLength: 20 }), (token, around) => {
        const { log, text } = capture([token]);
        log.warn({ err: `${around}${token}${around}`, fields: { detail: token } }, `${token} ${around}`);
        const line = text();
        expect(line.includes(JSON.stringify(token).slice(1, -1))).toBe(false);
        expect(scrub(`x${token}x`, [token])).toBe('x[redacted]x');
      }),
      { seed: 4242, numRuns: 300 },
    );
  });
});
