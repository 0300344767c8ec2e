import type { SerialConnection } from '../config/schema.js';
import { ReconnectingTransport, type Link, type LinkHandlers } from './reconnecting-transport.js';
import { endOfFileIsDisconnect, keepPendingPollEvents } from './serial-poller.js';
import type { ReconnectOptions } from './byte-transport.js';

export type SerialSettings = Omit<SerialConnection, 'type'>;

export class SerialTransport extends ReconnectingTransport {
  constructor(
    private readonly settings: SerialSettings,
    reconnect?: ReconnectOptions,
  ) {
    super(settings.path, reconnect);
  }

  protected async connectOnce(handlers: LinkHandlers): Promise<Link> {
    const s = this.settings;
    const { SerialPort } = await import('serialport'); // loaded only where a serial device is used
    const port = new SerialPort({
      path: s.path,
      baudRate: s.baudRate,
      dataBits: s.dataBits,
      parity: s.parity,
      stopBits: s.stopBits,
      rtscts: s.flowControl === 'rtscts',
      xon: s.flowControl === 'xonxoff',
      xoff: s.flowControl === 'xonxoff',
      hupcl: false,
      autoOpen: false,
    });
    let lost = false;
    const lose = (err: Error | null) => {
      if (lost) return;
      lost = true;
      handlers.onLost(err);
    };
    // A serialport 'error' without a listener crashes the process (e.g. a write after unplugging).
    port.on('error', (err) => lose(err));
    port.on('close', (err: Error | null) => lose(err ?? null));
    port.on('data', (b: Buffer) => handlers.onData(b));
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
    // Otherwise a write held by XOFF or a full line can hang for ever (see serial-poller.ts).
    keepPendingPollEvents(port.port);
    endOfFileIsDisconnect(port.port);
    return {
      write: (chunk, done) => {
        port.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength), (err) => done(err ?? null));
      },
      close: () =>
        new Promise<void>((resolve) => {
          lost = true;
          if (!port.isOpen) return resolve();
          port.close(() => resolve());
        }),
    };
  }
}
