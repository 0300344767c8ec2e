import type { RawData } from 'ws';

/** The text of a WebSocket message as `ws` delivers it (one Buffer, an ArrayBuffer, or fragments), decoded as UTF-8. */
export function wsText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
