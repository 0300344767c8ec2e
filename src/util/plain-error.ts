import { scalarText } from './scalar-text.js';

/**
 * What kind of network, serial or file error `err` is, by Node's code (errno / DNS / TLS, on the error or its
 * `cause`) or, for serial ports that give none, by their words; null when it is none of these. The kinds are what
 * staff can act on: `src/i18n/plain-error-message.ts` says them in the note's language, `plainError` in English.
 */
export type PlainErrorKind =
  'nameNotFound' | 'refused' | 'timedOut' | 'noRoute' | 'closedUnexpectedly' | 'missing' | 'notAllowed' | 'inUse' | 'certificate';

const KIND_OF_CODE: Record<string, PlainErrorKind> = {
  ENOTFOUND: 'nameNotFound',
  EAI_AGAIN: 'nameNotFound',
  ECONNREFUSED: 'refused',
  ETIMEDOUT: 'timedOut',
  UND_ERR_CONNECT_TIMEOUT: 'timedOut',
  EHOSTUNREACH: 'noRoute',
  ENETUNREACH: 'noRoute',
  ENETDOWN: 'noRoute',
  ECONNRESET: 'closedUnexpectedly',
  EPIPE: 'closedUnexpectedly',
  UND_ERR_SOCKET: 'closedUnexpectedly',
  ENOENT: 'missing',
  EACCES: 'notAllowed',
  EPERM: 'notAllowed',
  EBUSY: 'inUse',
  CERT_HAS_EXPIRED: 'certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'certificate',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'certificate',
  ERR_TLS_CERT_ALTNAME_INVALID: 'certificate',
};

/** The kind of `err` (see `PlainErrorKind`), or null. */
export function plainErrorKind(err: unknown): PlainErrorKind | null {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = scalarText(e?.code) ?? scalarText(e?.cause?.code) ?? '';
  const kind = KIND_OF_CODE[code];
  if (kind) return kind;
  const text = errorText(err);
  if (/no such file or directory/i.test(text)) return 'missing';
  if (/permission denied/i.test(text)) return 'notAllowed';
  return null;
}

/** The error's own words (its cause's, else its message), without the "Error: " prefixes serial ports and sockets repeat; '' when none. */
export function errorText(err: unknown): string {
  const e = err as { cause?: { message?: unknown }; message?: unknown } | null;
  const text = scalarText(e?.cause?.message) ?? scalarText(e?.message) ?? (typeof err === 'string' ? err : '');
  return text.replace(/^(\s*Error:\s*)+/i, '').trim();
}

const ENGLISH: Record<PlainErrorKind, (target: string) => string> = {
  nameNotFound: (t) => `the name ${t} cannot be found. Check the address, and that this computer is connected to the network or internet.`,
  refused: (t) => `${t} refused the connection. Check the address and port, and that the device or service there is switched on.`,
  timedOut: (t) => `${t} did not answer in time. Check the network cable or Wi-Fi, and that it is switched on.`,
  noRoute: (t) => `there is no network route to ${t}. Check this computer's network connection.`,
  closedUnexpectedly: (t) => `${t} closed the connection unexpectedly.`,
  missing: (t) => `${t} does not exist. Check that the cable is plugged in and the port name is right.`,
  notAllowed: (t) => `this computer does not allow the bridge to open ${t}. On Linux, add the bridge's user to the "dialout" group.`,
  inUse: (t) => `${t} is in use by another program. Close it, or unplug and plug in the device.`,
  certificate: (t) => `the secure connection to ${t} could not be verified. Check this computer's date and time.`,
};

/**
 * A network, serial or file error in English words staff can act on (logs, `/api/status`): what happened to which
 * address, and what to check — never a bare code such as ENOTFOUND, never "Error: Error: …". `target` names the
 * thing (`api.mews.com`, `192.168.1.40:9100`, `/dev/ttyUSB0`). Another kind of error keeps its own words.
 */
export function plainError(err: unknown, target: string): string {
  const kind = plainErrorKind(err);
  return kind ? ENGLISH[kind](target) : errorText(err) || 'unknown error';
}

/** The host (and port) of a URL, for messages: `https://api.mews.com/x` → `api.mews.com`. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
