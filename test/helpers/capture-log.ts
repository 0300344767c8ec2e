import { createLogger } from '../../src/util/logger.js';

/** One JSON log line as pino writes it (`level` 30 info, 40 warn, 50 error). */
export interface LogLine {
  level: number;
  msg: string;
  [k: string]: unknown;
}

/** A real logger (scrubbing included) whose lines are kept: parsed in `lines`, as written in `raw`. */
export function captureLog(level = 'info'): { lines: LogLine[]; raw: string[]; log: ReturnType<typeof createLogger> } {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const log = createLogger({ level, destination: { write: (l: string) => void (raw.push(l), lines.push(JSON.parse(l) as LogLine)) } });
  return { lines, raw, log };
}
