import { pino } from 'pino';
import { createLogger, type Logger } from './logger.js';
import { RotatingFile } from './rotating-file.js';
import { join } from 'node:path';

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** One readable line for a person at a terminal; JSON stays the format everywhere else. */
export function humanLine(json: string): string {
  try {
    const { level, time, msg, ...rest } = JSON.parse(json) as Record<string, unknown>;
    const extra = Object.keys(rest).length ? ' ' + JSON.stringify(rest) : '';
    return `${String(time).slice(11, 19)} ${(LEVELS[level as number] ?? level) as string} ${typeof msg === 'string' ? msg : ''}${extra}\n`;
  } catch {
    return json;
  }
}

/**
 * Logs go to stdout (JSON when not a TTY, so service managers and collectors can parse them) and to
 * a rotating file in `<dataDir>/logs` that diagnostics and the app's "Open logs" use. Tokens are
 * scrubbed before either sees the line.
 */
export function appLogger(opts: { dataDir: string; level: string; secrets: () => readonly string[]; tty?: boolean }): {
  log: Logger;
  file: RotatingFile;
} {
  const file = new RotatingFile(join(opts.dataDir, 'logs'));
  const tty = opts.tty ?? process.stdout.isTTY === true;
  const out = pino.destination({ fd: 1, sync: true });
  const log = createLogger({
    level: opts.level,
    secrets: opts.secrets,
    destination: {
      write(line: string) {
        file.write(line);
        out.write(tty ? humanLine(line) : line);
      },
    },
  });
  return { log, file };
}
