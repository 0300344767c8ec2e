/**
 * English notes: the reference catalog. Every other language has exactly these keys and the same
 * placeholders (test/i18n/catalogs.test.ts). ICU MessageFormat: `{name}` is filled in as it is,
 * `{n, number}` in the language's digits, `{n, plural, one {…} other {…}}` by CLDR plural rules (`#` is the
 * number). Device, encoder and printer names, Mews field names and the lock system's words stay as they are.
 */
export const en = {
  // The bridge (src/bridge): what happened to the command.
  'bridge.interrupted':
    'Interrupted — the bridge stopped while this was running. Check the device (was it printed / was the key encoded?) before retrying.',
  'bridge.timeoutFinish': '{device} did not finish within {seconds, number} s. Check the device before retrying.',
  'bridge.timeoutStart': '{device} did not start within {seconds, number} s. Check that it is switched on and connected.',
  'bridge.unexpected': 'Unexpected error on {device}: {error}',
  'bridge.checkDevice': 'Check the device before retrying.',
  'bridge.commandGone': 'Mews no longer knows this command.',
  'bridge.unreadable': 'Mews sent this command in a form the bridge cannot read ({reason}). Please send it again.',

  // Command data from Mews (src/bridge/command-data.ts).
  'command.deviceTypeUnsupported': 'Device type "{type}" is not supported by this bridge.',
  'command.invalidPrintData': 'Invalid print data from Mews ({issue}).',
  'command.invalidKeyData': 'Invalid key data from Mews ({issue}).',
  'command.documentTooLargeToRead':
    'The document sent by Mews is about {size, number} MB, more than the bridge reads from Mews (a quarter of mews.maxResponseBytes); it was not read.',
  'command.documentTooLarge':
    "The document sent by Mews is about {size, number} MB, more than the {limit, number} MB this printer accepts; print a shorter document or raise the printer's size limit.",
  'command.documentCorrupt': 'The document sent by Mews is corrupt (invalid base64 data).',
  'command.documentEmpty': 'The document sent by Mews is empty.',
  'command.documentNotPdf': 'Mews sent a document of type "{type}"; this bridge prints PDF documents only.',
  'command.keyDataJsonInvalid': 'The key cutter "Data JSON" configured in Mews is not valid JSON.',
  'command.keyDatesReversed': 'The key validity ends before it starts; check the reservation dates.',
  'command.noLockType':
    'The key cutter\'s Data JSON in Mews has no "Type". Set it to \'{"Type":"IndustryStandardProtocol"}\' for Salto or \'{"Type":"FiasProtocol"}\' for dormakaba / Messerschmitt.',
  'command.lockTypeUnsupported':
    'The lock protocol "{type}" (Type in the key cutter\'s Data JSON) is not supported by this bridge. Supported: IndustryStandardProtocol (Salto) and FiasProtocol (dormakaba, Messerschmitt).',
  'bridge.deviceRemoved': 'Device "{device}" was removed from this bridge before the command ran.',
} as const;

/** The name of a message: a key of the English catalog. */
export type MessageKey = keyof typeof en;

/** A language's catalog: every English key, no other. */
export type Catalog = Readonly<Record<MessageKey, string>>;
