import type { PlainTextTokens } from '../config/settings-store.js';

/**
 * The start warning for Mews tokens found in plain text in the headless config file: a fixed sentence telling
 * the admin what to do instead, and fields naming the file and which token fields (never a token). What the
 * product supports instead (docs/security.md "Where tokens live", docs/service.md): the environment variables
 * MEWS_CLIENT_TOKEN / MEWS_ACCESS_TOKEN, which are never written to disk, or the desktop app, which keeps tokens
 * encrypted by the OS (Electron safeStorage).
 */
export function plainTextTokenWarning(found: PlainTextTokens): { message: string; fields: Record<string, unknown> } {
  const fields = { configFile: found.path, tokens: found.fields, readableByOthers: found.readableByOthers };
  if (found.unused)
    return {
      fields,
      message:
        'Mews tokens sit in plain text in the config file, unused: MEWS_CLIENT_TOKEN and MEWS_ACCESS_TOKEN in the environment replace them. Delete clientToken and accessToken from the file.',
    };
  return {
    fields,
    message:
      'Mews tokens sit in plain text in the config file. Give them to the service as the environment variables MEWS_CLIENT_TOKEN and MEWS_ACCESS_TOKEN instead ' +
      '(Linux: EnvironmentFile= in the unit, a file readable by root only; Windows: the service’s environment; see docs/service.md), ' +
      'then delete clientToken and accessToken from the file. Or use the desktop app, which stores tokens encrypted.' +
      (found.readableByOthers
        ? ' Until then, other users of this computer can read the file: make it readable by the bridge’s user only (chmod 600).'
        : ''),
  };
}
