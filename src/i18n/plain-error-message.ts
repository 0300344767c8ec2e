import { errorText, plainErrorKind, type PlainErrorKind } from '../util/plain-error.js';
import type { MessageKey } from './catalogs/en.js';
import { msg, type Message } from './note.js';

const KEYS: Record<PlainErrorKind, MessageKey> = {
  nameNotFound: 'net.nameNotFound',
  refused: 'net.refused',
  timedOut: 'net.timedOut',
  noRoute: 'net.noRoute',
  closedUnexpectedly: 'net.closedUnexpectedly',
  missing: 'net.missing',
  notAllowed: 'net.notAllowed',
  inUse: 'net.inUse',
  certificate: 'net.certificate',
};

/**
 * `plainError` for a note: a network, serial or file error (`plainErrorKind`) as a message of the catalogs naming
 * `target` (`192.168.1.40:9100`, `/dev/ttyUSB0`) and what to check; another error keeps its own words (a library's
 * or the OS's), and an error without words says so in the note's language.
 */
export function plainErrorMessage(err: unknown, target: string): Message | string {
  const kind = plainErrorKind(err);
  if (kind) return msg(KEYS[kind], { target });
  return errorText(err) || msg('net.unknown');
}
