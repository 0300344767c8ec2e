/**
 * Reads a JSON response body from a stream without ever holding more than a bound of it: any JSON string
 * longer than `maxStringBytes` (in practice a document's base64 `FileData`) is skipped as it streams by and
 * replaced by the marker string `"\u0000oversized:<bytes>"`, and the text kept in total is capped at `maxBytes`.
 * The rest of the answer (ids, devices, states) stays readable, so one huge document fails its own command
 * with a clear note instead of hiding every other command in the same answer.
 *
 * Works on UTF-8 bytes: a `"` or `\` byte never occurs inside a multi-byte character, so string boundaries are
 * found without decoding.
 */

/** Prefix of the value that replaces an over-long string (NUL cannot occur unescaped in a JSON string). */
export const OVERSIZED_MARK = '\u0000oversized:';

/** The original length in bytes of a string replaced by `readBoundedJson`, or null for an ordinary string. */
export function oversizedLength(value: string): number | null {
  if (!value.startsWith(OVERSIZED_MARK)) return null;
  const n = Number(value.slice(OVERSIZED_MARK.length));
  return Number.isFinite(n) ? n : null;
}

export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`more than ${limitBytes} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Returns the kept text. Throws `BodyTooLargeError` (after ending the stream: leaving a `for await` destroys
 * a Node stream and cancels a web one) when the kept text would exceed `maxBytes`.
 */
export async function readBoundedJson(
  body: AsyncIterable<Uint8Array> | null,
  opts: { maxBytes: number; maxStringBytes: number },
): Promise<string> {
  if (!body) return '';
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let inString = false;
  let escaped = false;
  /** The open string's bytes while it is still short enough to keep. */
  let str: Buffer[] = [];
  let strBytes = 0;
  let dropping = false;

  const keep = (b: Buffer) => {
    keptBytes += b.length;
    if (keptBytes > opts.maxBytes) throw new BodyTooLargeError(opts.maxBytes);
    kept.push(b);
  };
  const addToString = (b: Buffer) => {
    strBytes += b.length;
    if (dropping) return;
    if (strBytes > opts.maxStringBytes) {
      dropping = true;
      str = [];
      return;
    }
    str.push(b);
  };
  const closeString = () => {
    if (dropping) keep(Buffer.from(`\\u0000oversized:${strBytes}"`));
    else {
      for (const b of str) keep(b);
      keep(Buffer.from('"'));
    }
    inString = false;
    dropping = false;
    str = [];
    strBytes = 0;
  };

  for await (const value of body) {
    const chunk = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    // Next quote / backslash at or after i, found once per chunk and again only when passed (no rescans).
    let q = -2;
    let b = -2;
    let i = 0;
    while (i < chunk.length) {
      if (q !== -1 && q < i) q = chunk.indexOf(QUOTE, i);
      if (!inString) {
        const end = q < 0 ? chunk.length : q + 1;
        keep(chunk.subarray(i, end));
        i = end;
        if (q >= 0) inString = true;
        continue;
      }
      if (escaped) {
        addToString(chunk.subarray(i, i + 1));
        escaped = false;
        i++;
        continue;
      }
      if (b !== -1 && b < i) b = chunk.indexOf(BACKSLASH, i);
      if (b >= 0 && (q < 0 || b < q)) {
        addToString(chunk.subarray(i, b + 1));
        escaped = true;
        i = b + 1;
      } else if (q >= 0) {
        addToString(chunk.subarray(i, q));
        closeString();
        i = q + 1;
      } else {
        addToString(chunk.subarray(i));
        i = chunk.length;
      }
    }
  }
  if (inString) closeString(); // a truncated body: JSON.parse reports it
  return Buffer.concat(kept).toString('utf8');
}
