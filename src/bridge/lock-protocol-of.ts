import type { LockProtocol } from '../devices/driver.js';
import { msg, type Note } from '../i18n/note.js';

/**
 * `KeyCutterData.Type` values as Mews's own connector uses them (see /work/shared/ARCHITECTURE.md,
 * "Key-card encoders"), lower-cased. The mapping is the bridge's: drivers receive a `LockProtocol`.
 */
const PROTOCOLS: Readonly<Record<string, LockProtocol>> = { industrystandardprotocol: 'salto', fiasprotocol: 'fias' };

/**
 * The lock protocol a key command names in `KeyCutterData.Type`, or the note for staff saying why
 * there is none (no Type, or one this bridge does not speak).
 */
export function lockProtocolOf(type: unknown): { protocol: LockProtocol; note: null } | { protocol: null; note: Note } {
  if (typeof type !== 'string' || type.trim() === '')
    return {
      protocol: null,
      note: [msg('command.noLockType')],
    };
  const protocol = PROTOCOLS[type.trim().toLowerCase()];
  if (!protocol)
    return {
      protocol: null,
      note: [msg('command.lockTypeUnsupported', { type })],
    };
  return { protocol, note: null };
}
