/** Lock server address from a Mews `ApiUrl` ("192.168.1.20:5010", "tcp://host:port", "http://host:port/"). */
export interface LockAddress {
  host: string;
  port: number;
}

export function parseLockAddress(apiUrl: string): LockAddress | null {
  const raw = apiUrl.trim();
  if (!raw) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `tcp://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host || !url.port) return null;
  const port = Number(url.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  return { host, port };
}
