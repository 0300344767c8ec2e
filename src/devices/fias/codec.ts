/** FIAS records: STX `RT|IDvalue|IDvalue|…|` ETX (ASCII; no LRC on TCP). */
import type { Parser } from '../lock/byte-queue.js';
import { toLockText } from '../lock/text.js';

export const STX = 0x02;
export const ETX = 0x03;

export type FiasField = readonly [id: string, value: string];

export interface FiasRecord {
  type: string;
  fields: FiasField[];
  /** First value of a field id, or undefined when absent. */
  get(id: string): string | undefined;
  text: string;
}

export function fiasValue(v: string): string {
  return toLockText(v).replaceAll('|', '/');
}

export function encodeRecord(type: string, fields: readonly FiasField[]): Buffer {
  const body = `${type}|${fields.map(([id, v]) => `${id}${fiasValue(v)}|`).join('')}`;
  return Buffer.concat([Buffer.of(STX), Buffer.from(body, 'latin1'), Buffer.of(ETX)]);
}

/** FIAS field ids that carry a guest's personal data (name, first name, title, language, phone, e-mail). */
const GUEST_FIELDS = new Set(['GN', 'GF', 'GT', 'GL', 'GS', 'PH', 'EM']);

/** A record's text (`RT|IDvalue|…|`) with guest personal data blanked, for logs. */
export function withoutGuestData(text: string): string {
  return text
    .split('|')
    .map((part, i) => (i > 0 && GUEST_FIELDS.has(part.slice(0, 2)) && part.length > 2 ? `${part.slice(0, 2)}…` : part))
    .join('|');
}

export function parseRecord(text: string): FiasRecord | null {
  const parts = text.split('|');
  const type = parts[0] ?? '';
  if (!/^[A-Z0-9]{2}$/.test(type)) return null;
  const fields: FiasField[] = [];
  for (const p of parts.slice(1)) {
    if (p === '') continue;
    if (p.length < 2) return null;
    fields.push([p.slice(0, 2), p.slice(2)]);
  }
  return { type, fields, text, get: (id) => fields.find((f) => f[0] === id)?.[1] };
}

export type Incoming = { kind: 'record'; record: FiasRecord } | { kind: 'garbled'; text: string };

/** Next STX…ETX frame; bytes outside frames (e.g. a serial LRC) are skipped, a new STX restarts a frame. */
export const readFiasFrame: Parser<Incoming> = (buf) => {
  let start = buf.indexOf(STX);
  if (start < 0) return buf.length > 0 ? { value: { kind: 'garbled', text: '' }, used: buf.length } : null;
  for (;;) {
    const etx = buf.indexOf(ETX, start + 1);
    const nextStx = buf.indexOf(STX, start + 1);
    if (nextStx >= 0 && (etx < 0 || nextStx < etx)) {
      start = nextStx;
      continue;
    }
    if (etx < 0) return start > 0 ? { value: { kind: 'garbled', text: '' }, used: start } : null;
    const text = buf.subarray(start + 1, etx).toString('latin1');
    const record = parseRecord(text);
    return { value: record ? { kind: 'record', record } : { kind: 'garbled', text }, used: etx + 1 };
  }
};

/** Field ids of a link record's FL value ("K#KCKT…" → ["K#","KC","KT",…]). */
export function splitFieldList(fl: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < fl.length; i += 2) out.push(fl.slice(i, i + 2));
  return out;
}
