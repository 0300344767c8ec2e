import type { LockProtocol } from '../devices/driver.js';

/**
 * `KeyCutterData.Type` values as Mews's own connector uses them (see /work/shared/ARCHITECTURE.md,
 * "Key-card encoders"), lower-cased. The mapping is the bridge's: drivers receive a `LockProtocol`.
 */
const PROTOCOLS: Readonly<Record<string, LockProtocol>> = { industrystandardprotocol: 'salto', fiasprotocol: 'fias' };

/**
 * The lock protocol a key command names in `KeyCutterData.Type`, or the note for staff saying why
 * there is none (no Type, or one this bridge does not speak).
 */
export function lockProtocolOf(type: unknown): { protocol: LockProtocol; note: null } | { protocol: null; note: string } {
  if (typeof type !== 'string' || type.trim() === '')
    return {
      protocol: null,
      note: 'The key cutter\'s Data JSON in Mews has no "Type". Set it to {"Type":"IndustryStandardProtocol"} for Salto or {"Type":"FiasProtocol"} for dormakaba / Messerschmitt.',
    };
  const protocol = PROTOCOLS[type.trim().toLowerCase()];
  if (!protocol)
    return {
      protocol: null,
      note: `The lock protocol "${type}" (Type in the key cutter's Data JSON) is not supported by this bridge. Supported: IndustryStandardProtocol (Salto) and FiasProtocol (dormakaba, Messerschmitt).`,
    };
  return { protocol, note: null };
}
