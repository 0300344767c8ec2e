import { appendFileSync } from 'node:fs';

/** One request the simulated Salto interface carried out (a card or several encoded, or a check-out). */
export interface SaltoAuditEntry {
  at: string;
  seq: number;
  command: string;
  action: 'new' | 'copy' | 'checkout';
  encoder: string;
  rooms: string[];
  /** Copy number of each card written: 0 = original, 1, 2, … */
  copyNumbers: number[];
  start: string;
  expiry: string;
  /** A mobile key (CNM / CCM) sent to a phone instead of a card on an encoder. */
  mobile?: true;
  /** Text message sent with a mobile key. */
  message?: string;
}

/** Per-room card state and the audit trail; appends JSONL when a file is given (readable from other processes). */
export class SaltoLedger {
  readonly audit: SaltoAuditEntry[] = [];
  private readonly copies = new Map<string, number>();
  private readonly checkedOut = new Set<string>();

  constructor(private readonly auditFile: string | null) {}

  isCheckedOut(room: string): boolean {
    return this.checkedOut.has(room);
  }

  record(command: string, fields: string[]): SaltoAuditEntry {
    const base = command.slice(0, 2);
    const action = base === 'CN' ? 'new' : base === 'CC' ? 'copy' : 'checkout';
    // Mobile keys (CNM / CCM) have no eject field: rooms, dates and operator sit one field earlier.
    const mobile = /^C[NC]M$/.test(command);
    const at = mobile ? -1 : 0;
    const cards = action === 'checkout' ? 0 : mobile ? 1 : Number(command.slice(2) || '1');
    const rooms = action === 'checkout' ? [fields[2] ?? ''] : fields.slice(3 + at, 7 + at).filter((r) => r !== '');
    const main = rooms[0] ?? '';
    const copyNumbers: number[] = [];
    if (action === 'new') {
      this.checkedOut.delete(main);
      for (let i = 0; i < cards; i++) copyNumbers.push(i);
      this.copies.set(main, cards - 1);
    } else if (action === 'copy') {
      let last = this.copies.get(main) ?? 0;
      for (let i = 0; i < cards; i++) copyNumbers.push(++last);
      this.copies.set(main, last);
    } else {
      this.checkedOut.add(main);
      this.copies.delete(main);
    }
    const entry: SaltoAuditEntry = {
      at: new Date().toISOString(),
      seq: this.audit.length + 1,
      command,
      action,
      encoder: action === 'checkout' || mobile ? '' : (fields[1] ?? ''),
      rooms,
      copyNumbers,
      start: action === 'checkout' ? '' : (fields[9 + at] ?? ''),
      expiry: action === 'checkout' ? '' : (fields[10 + at] ?? ''),
      ...(mobile ? { mobile: true as const, message: fields[14] ?? '' } : {}),
    };
    this.audit.push(entry);
    if (this.auditFile) appendFileSync(this.auditFile, JSON.stringify({ sim: 'salto', ...entry }) + '\n');
    return entry;
  }
}
