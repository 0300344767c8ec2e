import { pino, type Logger, type DestinationStream } from 'pino';
import { GUEST_KEYS, scrubGuestDataInJson } from './guest-data.js';

/** Field names whose values are never written to a log line. */
export const SECRET_KEYS = ['clientToken', 'accessToken', 'ClientToken', 'AccessToken', 'token', 'cookie', 'Cookie', 'password'];

export type { Logger };

export interface LoggerOptions {
  level?: string;
  /** Strings (tokens) to scrub from every line, wherever they appear. */
  secrets?: () => readonly string[];
  destination?: DestinationStream;
}

export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) {
    if (!s || s.length < 6) continue;
    // Log lines are JSON: a token with quotes, backslashes or control characters appears escaped there.
    for (const form of new Set([s, JSON.stringify(s).slice(1, -1)])) out = out.split(form).join('[redacted]');
  }
  return out;
}

/**
 * Structured JSON logger. Secret and guest-data fields are redacted by name (four levels deep), token values are
 * scrubbed from the final line too, so a token inside an error message cannot leak, and so are the guest names,
 * phone numbers and e-mail addresses of the commands this process has read (`guestValues`) and any e-mail address.
 */
export function createLogger(opts: LoggerOptions = {}): Logger {
  const secrets = opts.secrets ?? (() => []);
  const base = opts.destination ?? pino.destination({ fd: 1, sync: false });
  const scrubbing: DestinationStream = {
    write(line: string) {
      base.write(scrubGuestDataInJson(scrub(line, secrets())));
    },
  };
  return pino(
    {
      level: opts.level ?? 'info',
      redact: { paths: [...SECRET_KEYS, ...GUEST_KEYS].flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `*.*.*.${k}`]), censor: '[redacted]' },
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    scrubbing,
  );
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
