import type { FakeMews } from '../sim/fake-mews/server.js';
import { makePdf, sampleInvoice, sampleReceipt } from '../sim/sample-pdf.js';

export interface DemoTargets {
  printerId: string;
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

/** Creates a realistic command every `everyMs`, cycling receipt / Salto key / invoice / FIAS key. */
export function startDemoTraffic(mews: FakeMews, t: DemoTargets, everyMs = 20_000): () => void {
  const receipt = Buffer.from(makePdf([sampleReceipt()])).toString('base64');
  const invoice = Buffer.from(makePdf([sampleInvoice()])).toString('base64');
  let n = 0;
  const next = () => {
    const [first, last, room] = GUESTS[Math.floor(n / 2) % GUESTS.length]!;
    const day = 86_400_000;
    const start = new Date(Math.floor(Date.now() / day) * day + 14 * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const end = new Date(Math.floor(Date.now() / day) * day + 2 * day + 10 * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    try {
      switch (n++ % 4) {
        case 0:
          return void mews.store.addPrinterCommand(t.printerId, receipt, 1);
        case 1:
          return void mews.store.addKeyCutterCommand(t.saltoCutterId, 2, {
            KeyCutterId: '1',
            ApiUrl: t.saltoApiUrl,
            KeyCutterData: JSON.stringify({ Type: 'IndustryStandardProtocol' }),
            LockIds: [room],
            StartUtc: start,
            EndUtc: end,
            FirstName: first,
            LastName: last,
          });
        case 2:
          return void mews.store.addPrinterCommand(t.printerId, invoice, 1);
        default:
          return void mews.store.addKeyCutterCommand(t.fiasCutterId, 1, {
            KeyCutterId: '1',
            KeyCutterData: JSON.stringify({ Type: 'FiasProtocol' }),
            LockIds: [room],
            StartUtc: start,
            EndUtc: end,
            FirstName: first,
            LastName: last,
          });
      }
    } catch {
      /* the demo device was removed in the UI: nothing to send it */
    }
  };
  const first = setTimeout(next, 3_000);
  const timer = setInterval(next, everyMs);
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
