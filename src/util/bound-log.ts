import type { Logger } from './logger.js';

/** A logger taking the message first and fields second (drivers, the dashboard), over pino. */
export interface MessageLog {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** `log` bound to `fields` (command, device, part), in the message-first form. */
export function boundLog(log: Logger, fields: Record<string, unknown>): MessageLog {
  const c = log.child(fields);
  return {
    debug: (m, f) => c.debug(f ?? {}, m),
    info: (m, f) => c.info(f ?? {}, m),
    warn: (m, f) => c.warn(f ?? {}, m),
    error: (m, f) => c.error(f ?? {}, m),
  };
}
