import { appendFileSync } from 'node:fs';

/** One key request the simulated lock system carried out. */
export interface FiasAuditEntry {
  at: string;
  seq: number;
  record: 'KR' | 'KD';
  kind: 'new' | 'duplicate' | 'delete';
  encoder: string;
  room: string;
  /** Copy number of each card written: 0 = first card of a new key set. */
  copyNumbers: number[];
  workstation: string;
  /** Validity as sent: arrival/departure date, departure time. */
  arrival: string;
  departure: string;
  departureTime: string;
  guest: string;
}

export class FiasLedger {
  readonly audit: FiasAuditEntry[] = [];
  private readonly copies = new Map<string, number>();

  constructor(private readonly auditFile: string | null) {}

  record(type: 'KR' | 'KD', get: (id: string) => string | undefined): FiasAuditEntry {
    const room = get('RN') ?? '';
    const count = Math.max(1, Number(get('K#') ?? '1') || 1);
    const kind = type === 'KD' ? 'delete' : get('KT') === 'D' ? 'duplicate' : 'new';
    const copyNumbers: number[] = [];
    if (kind === 'new') {
      for (let i = 0; i < count; i++) copyNumbers.push(i);
      this.copies.set(room, count - 1);
    } else if (kind === 'duplicate') {
      let last = this.copies.get(room) ?? 0;
      for (let i = 0; i < count; i++) copyNumbers.push(++last);
      this.copies.set(room, last);
    } else this.copies.delete(room);
    const entry: FiasAuditEntry = {
      at: new Date().toISOString(),
      seq: this.audit.length + 1,
      record: type,
      kind,
      encoder: get('KC') ?? '',
      room,
      copyNumbers,
      workstation: get('WS') ?? '',
      arrival: get('GA') ?? '',
      departure: get('GD') ?? '',
      departureTime: get('DT') ?? '',
      guest: get('GN') ?? '',
    };
    this.audit.push(entry);
    if (this.auditFile) appendFileSync(this.auditFile, JSON.stringify({ sim: 'fias', ...entry }) + '\n');
    return entry;
  }
}
