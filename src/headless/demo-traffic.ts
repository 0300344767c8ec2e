import type { FakeMews } from '../sim/fake-mews/server.js';
import { makePdf, sampleInvoice, sampleReceipt } from '../sim/sample-pdf.js';

export interface DemoTargets {
  printerId: string;
  /** The A4 office printer (system driver): invoices go there. */
  officeId: string;
  saltoCutterId: string;
  saltoApiUrl: string;
  fiasCutterId: string;
}

const GUESTS = [
  ['Jana', 'Novakova', '206'],
  ['Tomas', 'Dvorak', '114'],
  ['Ingrid', 'Müller', '305'],
  ['Lucas', 'Martin', '412'],
] as const;

/** The four sample commands, one per demo device kind (tests send one round of them). */
export const DEMO_COMMAND_KINDS = ['receipt', 'salto-key', 'invoice', 'fias-key'] as const;
/** What the demo's traffic cycles through, in order: the four samples and a Salto mobile key. */
export const DEMO_TRAFFIC_KINDS = [...DEMO_COMMAND_KINDS, 'salto-mobile-key'] as const;
export type DemoCommandKind = (typeof DEMO_TRAFFIC_KINDS)[number];

let samplePdfs: { receipt: string; invoice: string } | null = null;

/**
 * Creates one realistic sample command in the simulated Mews for a demo device; `n` picks the guest.
 * Returns the command id. Throws when the demo device no longer exists in the simulated Mews.
 */
export function addDemoCommand(mews: FakeMews, t: DemoTargets, kind: DemoCommandKind, n = 0): string {
  samplePdfs ??= {
    receipt: Buffer.from(makePdf([sampleReceipt()])).toString('base64'),
    invoice: Buffer.from(makePdf([sampleInvoice()])).toString('base64'),
  };
  const [first, last, room] = GUESTS[n % GUESTS.length]!;
  const day = 86_400_000;
  const start = new Date(Math.floor(Date.now() / day) * day + 14 * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const end = new Date(Math.floor(Date.now() / day) * day + 2 * day + 10 * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const stay = { KeyCutterId: '1', LockIds: [room], StartUtc: start, EndUtc: end, FirstName: first, LastName: last };
  switch (kind) {
    case 'receipt':
      return mews.store.addPrinterCommand(t.printerId, samplePdfs.receipt, 1).Id;
    case 'invoice':
      return mews.store.addPrinterCommand(t.officeId, samplePdfs.invoice, 1).Id;
    case 'salto-key':
      return mews.store.addKeyCutterCommand(t.saltoCutterId, 2, {
        ...stay,
        ApiUrl: t.saltoApiUrl,
        KeyCutterData: JSON.stringify({ Type: 'IndustryStandardProtocol' }),
      }).Id;
    case 'fias-key':
      return mews.store.addKeyCutterCommand(t.fiasCutterId, 1, { ...stay, KeyCutterData: JSON.stringify({ Type: 'FiasProtocol' }) }).Id;
    case 'salto-mobile-key':
      // Mews's Salto JustIN Mobile setting; the (made-up) phone number comes from the reservation.
      return mews.store.addKeyCutterCommand(t.saltoCutterId, 1, {
        ...stay,
        Telephone: `+420 601 000 ${room}`,
        ApiUrl: t.saltoApiUrl,
        KeyCutterData: JSON.stringify({ Type: 'IndustryStandardProtocol', MobileKeys: 'true' }),
      }).Id;
  }
}

/** Creates a realistic command every `everyMs`, cycling receipt / Salto key / invoice / FIAS key / Salto mobile key. */
export function startDemoTraffic(mews: FakeMews, t: DemoTargets, everyMs = 20_000): () => void {
  let n = 0;
  const next = () => {
    try {
      addDemoCommand(mews, t, DEMO_TRAFFIC_KINDS[n % DEMO_TRAFFIC_KINDS.length]!, Math.floor(n / 2));
    } catch {
      /* the demo device was removed in the UI: nothing to send it */
    }
    n++;
  };
  const first = setTimeout(next, 3_000);
  const timer = setInterval(next, everyMs);
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
