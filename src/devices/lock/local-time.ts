/** Converts UTC instants to the wall-clock time of a lock system's IANA zone (Intl, DST-safe). */

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

export function pcTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function localParts(instant: Date, timeZone: string): LocalParts {
  if (Number.isNaN(instant.getTime())) throw new RangeError('invalid date');
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** Salto Industry Standard `hhmmDDMMYY`. */
export function saltoDateTime(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${two(p.hour)}${two(p.minute)}${two(p.day)}${two(p.month)}${two(p.year % 100)}`;
}

/** FIAS date `yyMMdd`. */
export function fiasDate(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${two(p.year % 100)}${two(p.month)}${two(p.day)}`;
}

/** FIAS time `HHmmss`. */
export function fiasTime(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${two(p.hour)}${two(p.minute)}${two(p.second)}`;
}

/** FIAS departure/arrival time `HH:mm`. */
export function fiasClock(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${two(p.hour)}:${two(p.minute)}`;
}
