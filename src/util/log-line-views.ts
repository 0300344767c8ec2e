import { scalarText } from './scalar-text.js';

/** One log line as the Logs screen shows it (already scrubbed of tokens and guest data by the logger). */
export interface LogLineView {
  /** ISO time. */
  time: string;
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  /** The line's other fields as `key=value`, joined by " · " (e.g. `device=Desk · state=Error`). */
  details: string;
}

const LEVEL: Record<number, LogLineView['level']> = { 10: 'debug', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'error' };

/** Turns pino JSON lines into views, newest first, keeping those whose level, message or details contain `query`. */
export function logLineViews(jsonLines: readonly string[], query: string, limit: number): LogLineView[] {
  const q = query.trim().toLowerCase();
  const out: LogLineView[] = [];
  for (let i = jsonLines.length - 1; i >= 0 && out.length < limit; i--) {
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(jsonLines[i]!) as Record<string, unknown>;
    } catch {
      continue; // a torn last line
    }
    const { level, time, msg, ...rest } = parsed;
    const view: LogLineView = {
      time: scalarText(time) ?? '',
      level: LEVEL[level as number] ?? 'info',
      message: scalarText(msg) ?? '',
      details: Object.entries(rest)
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(' · '),
    };
    if (!q || [view.level, view.message, view.details].some((s) => s.toLowerCase().includes(q))) out.push(view);
  }
  return out;
}
