import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { EscposOptions } from '../../config/schema.js';
import type { EscposConnection } from './escpos-transport.js';

export interface SelfTestInfo {
  printerName: string;
  version: string;
  connection: EscposConnection;
  options: EscposOptions;
  status: string;
  now: Date;
}

function describeConnection(c: EscposConnection): string {
  if (c.type === 'tcp') return `Network ${c.host}:${c.port}`;
  if (c.type === 'system-queue') return `OS printer ${c.queue} (raw)`;
  if (c.type === 'usb-lp') return `USB ${c.path}`;
  const parity = { none: 'N', even: 'E', odd: 'O' }[c.parity];
  return `Serial ${c.path} ${c.baudRate} ${c.dataBits}${parity}${c.stopBits} flow ${c.flowControl}`;
}

/** The self-test receipt, as ESC/POS text (font A, 12 dots per column). */
export function selfTestReceipt(info: SelfTestInfo): Uint8Array {
  const o = info.options;
  const columns = Math.floor(o.paperWidthDots / 12);
  const e = new ReceiptPrinterEncoder({ language: 'esc-pos', columns, newline: '\n', feedBeforeCut: 4 });
  const rows: [string, string][] = [
    ['Printer', info.printerName],
    ['Connection', describeConnection(info.connection)],
    ['Paper width', `${o.paperWidthDots} dots at ${o.dpi} dpi`],
    ['Images', o.monochrome === 'dither' ? `dithered (level ${o.threshold})` : `threshold ${o.threshold}`],
    ['Cutter', o.cutter ? 'yes' : 'no'],
    ['Limits', `${o.maxPages} pages, ${Math.round(o.maxPdfBytes / 1024 / 1024)} MB`],
    ['Status', info.status],
  ];
  const labelWidth = 13;
  e.initialize()
    .codepage('auto')
    .align('center')
    .bold(true)
    .line('Mews Device Bridge')
    .bold(false)
    .line('Printer self-test')
    .line(`Version ${info.version}`)
    .align('left')
    .rule()
    .table(
      [
        { width: labelWidth, align: 'left' },
        { width: columns - labelWidth, align: 'left', overflow: 'wrap' },
      ],
      rows,
    )
    .rule()
    .line(info.now.toISOString().replace('T', ' ').slice(0, 19) + ' UTC')
    .newline();
  if (o.cutter) e.cut('partial');
  else e.newline(4);
  return e.encode();
}
