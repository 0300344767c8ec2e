/** Salto "PMS Industry Standard" framing: STX 0xB3 field 0xB3 … 0xB3 ETX LRC. */
import { toLockText } from '../lock/text.js';
import type { Parser } from '../lock/byte-queue.js';

export const STX = 0x02;
export const ETX = 0x03;
export const ENQ = 0x05;
export const ACK = 0x06;
export const NAK = 0x15;
export const SEP = 0xb3;
/** Sent instead of an LRC, it tells the receiver not to check it. */
export const LRC_SKIP = 0x0d;

/** XOR of every byte after STX up to and including ETX. */
export function lrc(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let x = 0;
  for (let i = from; i < to; i++) x ^= bytes[i]!;
  return x;
}

/** Field text as the interface takes it: printable ASCII, a literal '³' (0xB3) written as '|'. */
export function saltoText(s: string): string {
  return toLockText(s, { '\u00b3': '|' });
}

/** Trailing empty fields are left out (both forms are accepted by Salto; the shorter is the documented example). */
export function encodeFrame(fields: readonly string[]): Buffer {
  const list = [...fields];
  while (list.length > 1 && list[list.length - 1] === '') list.pop();
  const parts: number[] = [STX, SEP];
  for (const f of list) {
    for (const b of Buffer.from(saltoText(f), 'latin1')) parts.push(b);
    parts.push(SEP);
  }
  parts.push(ETX);
  const frame = Buffer.from([...parts, 0]);
  frame[frame.length - 1] = lrc(frame, 1, frame.length - 1);
  return frame;
}

export interface DecodedFrame {
  fields: string[];
  /** False when the LRC byte is neither right nor the "don't check" 0x0D. */
  lrcOk: boolean;
  raw: Buffer;
}

export function decodeFrame(frame: Buffer): DecodedFrame {
  const body = frame.subarray(1, frame.length - 2);
  const lrcByte = frame[frame.length - 1]!;
  const lrcOk = lrcByte === LRC_SKIP || lrcByte === lrc(frame, 1, frame.length - 1);
  const text = body.toString('latin1');
  // body is "\xB3f0\xB3f1\xB3…\xB3"
  const inner = text.startsWith('\u00b3') ? text.slice(1) : text;
  const trimmed = inner.endsWith('\u00b3') ? inner.slice(0, -1) : inner;
  return { fields: trimmed === '' ? [] : trimmed.split('\u00b3'), lrcOk, raw: frame };
}

export type Reply =
  { kind: 'ack' } | { kind: 'nak' } | { kind: 'enq' } | { kind: 'frame'; frame: DecodedFrame } | { kind: 'junk'; byte: number };

/** Reads the next control byte or complete frame; bytes before an STX that are not control bytes are junk. */
export const readReply: Parser<Reply> = (buf) => {
  if (buf.length === 0) return null;
  const b = buf[0]!;
  if (b === ACK) return { value: { kind: 'ack' }, used: 1 };
  if (b === NAK) return { value: { kind: 'nak' }, used: 1 };
  if (b === ENQ) return { value: { kind: 'enq' }, used: 1 };
  if (b !== STX) return { value: { kind: 'junk', byte: b }, used: 1 };
  const etx = buf.indexOf(ETX, 1);
  if (etx < 0 || etx + 1 >= buf.length) return null;
  const frame = Buffer.from(buf.subarray(0, etx + 2));
  return { value: { kind: 'frame', frame: decodeFrame(frame) }, used: etx + 2 };
};

export function hex(buf: Uint8Array): string {
  return Buffer.from(buf).toString('hex').replace(/(..)/g, '$1 ').trim();
}
