import { scalarText } from './scalar-text.js';

/**
 * The English words for each kind of network, serial or file error, without the final stop (a caller may go on
 * with "; retrying"). `{target}` is the address. The core's message catalogs (`src/i18n/catalogs`, keys
 * `plainError.<kind>`) use these same words for English, so the UI's other languages translate them.
 */
export const PLAIN_ERROR_WORDS = {
  notFound: 'the name {target} cannot be found. Check the address, and that this computer is connected to the network or internet',
  refused: '{target} refused the connection. Check the address and port, and that the device or service there is switched on',
  timeout: '{target} did not answer in time. Check the network cable or Wi-Fi, and that it is switched on',
  noRoute: "there is no network route to {target}. Check this computer's network connection",
  closed: '{target} closed the connection unexpectedly',
  missing: '{target} does not exist. Check that the cable is plugged in and the port name is right',
  notAllowed: 'this computer does not allow the bridge to open {target}. On Linux, add the bridge\'s user to the "dialout" group',
  inUse: '{target} is in use by another program. Close it, or unplug and plug in the device',
  unverified: "the secure connection to {target} could not be verified. Check this computer's date and time",
} as const;

/** A kind of error `plainError` has words for. */
export type PlainErrorKind = keyof typeof PLAIN_ERROR_WORDS;

/** What went wrong: a known kind with the address it happened to, or the error's own words (cleaned). */
export type PlainProblem = { kind: PlainErrorKind; target: string } | { kind: null; text: string };

const KIND_BY_CODE: Record<string, PlainErrorKind> = {
  ENOTFOUND: 'notFound',
  EAI_AGAIN: 'notFound',
  ECONNREFUSED: 'refused',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  EHOSTUNREACH: 'noRoute',
  ENETUNREACH: 'noRoute',
  ENETDOWN: 'noRoute',
  ECONNRESET: 'closed',
  EPIPE: 'closed',
  UND_ERR_SOCKET: 'closed',
  ENOENT: 'missing',
  EACCES: 'notAllowed',
  EPERM: 'notAllowed',
  EBUSY: 'inUse',
  CERT_HAS_EXPIRED: 'unverified',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unverified',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'unverified',
  SELF_SIGNED_CERT_IN_CHAIN: 'unverified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'unverified',
};

/**
 * Which kind of error `err` is (Node's errno / DNS / TLS codes, or the words serial ports and sockets use), with
 * `target` (`api.mews.com`, `192.168.1.40:9100`, `/dev/ttyUSB0`); otherwise its own message, cleaned of repeated
 * "Error: " prefixes.
 */
export function plainProblem(err: unknown, target: string): PlainProblem {
  const e = err as { code?: unknown; cause?: { code?: unknown; message?: unknown }; message?: unknown } | null;
  const code = scalarText(e?.code) ?? scalarText(e?.cause?.code) ?? '';
  const kind = Object.hasOwn(KIND_BY_CODE, code) ? KIND_BY_CODE[code] : undefined;
  if (kind) return { kind, target };
  const text = scalarText(e?.cause?.message) ?? scalarText(e?.message) ?? (typeof err === 'string' ? err : 'unknown error');
  // Messages from serial ports and sockets often repeat their own "Error: " prefix.
  const clean = text.replace(/^(\s*Error:\s*)+/i, '').trim();
  if (/no such file or directory/i.test(clean)) return { kind: 'missing', target };
  if (/permission denied/i.test(clean)) return { kind: 'notAllowed', target };
  return { kind: null, text: clean || 'unknown error' };
}

/**
 * A network, serial or file error in words staff can act on: what happened to which address, and what
 * to check — never a bare code such as ENOTFOUND, never "Error: Error: …" (see `plainProblem`). In English; the
 * UI shows the same words in its language through `plainErrorNote` (`src/i18n`).
 */
export function plainError(err: unknown, target: string): string {
  return plainProblemText(plainProblem(err, target));
}

/** A problem's English words: a known kind's sentence with its stop, or the error's own words. */
export function plainProblemText(p: PlainProblem): string {
  return p.kind ? `${PLAIN_ERROR_WORDS[p.kind].replace('{target}', p.target)}.` : p.text;
}

/** The host (and port) of a URL, for messages: `https://api.mews.com/x` → `api.mews.com`. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
