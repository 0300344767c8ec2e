/**
 * A network, serial or file error in words staff can act on: what happened to which address, and what
 * to check — never a bare code such as ENOTFOUND, never "Error: Error: …". `target` names the thing
 * (`api.mews.com`, `192.168.1.40:9100`, `/dev/ttyUSB0`). Codes are Node's (errno / DNS / TLS).
 */
export function plainError(err: unknown, target: string): string {
  const e = err as { code?: unknown; cause?: { code?: unknown; message?: unknown }; message?: unknown } | null;
  const code = String(e?.code ?? e?.cause?.code ?? '');
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the name ${target} cannot be found. Check the address, and that this computer is connected to the network or internet.`;
    case 'ECONNREFUSED':
      return `${target} refused the connection. Check the address and port, and that the device or service there is switched on.`;
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `${target} did not answer in time. Check the network cable or Wi-Fi, and that it is switched on.`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENETDOWN':
      return `there is no network route to ${target}. Check this computer's network connection.`;
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return `${target} closed the connection unexpectedly.`;
    case 'ENOENT':
      return `${target} does not exist. Check that the cable is plugged in and the port name is right.`;
    case 'EACCES':
    case 'EPERM':
      return `this computer does not allow the bridge to open ${target}. On Linux, add the bridge's user to the "dialout" group.`;
    case 'EBUSY':
      return `${target} is in use by another program. Close it, or unplug and plug in the device.`;
    case 'CERT_HAS_EXPIRED':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `the secure connection to ${target} could not be verified. Check this computer's date and time.`;
  }
  const text = String(e?.cause?.message ?? e?.message ?? err ?? 'unknown error');
  // Messages from serial ports and sockets often repeat their own "Error: " prefix.
  const clean = text.replace(/^(\s*Error:\s*)+/i, '').trim();
  if (/no such file or directory/i.test(clean)) return plainError({ code: 'ENOENT' }, target);
  if (/permission denied/i.test(clean)) return plainError({ code: 'EACCES' }, target);
  return clean || 'unknown error';
}

/** The host (and port) of a URL, for messages: `https://api.mews.com/x` → `api.mews.com`. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
