import { open, type FileHandle } from 'node:fs/promises';
import type { UsbLpConnection } from '../config/schema.js';
import { ReconnectingTransport, type Link, type LinkHandlers } from './reconnecting-transport.js';
import type { ReconnectOptions } from './byte-transport.js';

/**
 * A USB printer through the Linux `usblp` driver's device file (`/dev/usb/lp0`, …), written like a
 * file. Nothing is read back (many receipt printers answer on it, many do not; the driver reports
 * "status unknown" rather than guess). Unplugging shows as a failed write (ENODEV) or a missing
 * file; the transport then reopens it with backoff, as the serial and TCP transports do.
 */
export class UsbLpTransport extends ReconnectingTransport {
  readonly repliesPossible = false;

  constructor(
    private readonly settings: Omit<UsbLpConnection, 'type'>,
    reconnect: ReconnectOptions = {},
  ) {
    super(settings.path, reconnect);
  }

  protected async connectOnce(handlers: LinkHandlers): Promise<Link> {
    // 'r+' would need the printer to be bidirectional; 'a' never truncates and works for device files and FIFOs.
    const fh: FileHandle = await open(this.settings.path, 'a');
    let lost = false;
    const lose = (err: Error | null) => {
      if (lost) return;
      lost = true;
      handlers.onLost(err);
    };
    return {
      write: (chunk, done) => {
        fh.write(chunk).then(
          () => done(null),
          (err: Error) => {
            done(err);
            lose(err);
          },
        );
      },
      close: async () => {
        lost = true;
        await fh.close().catch(() => undefined);
      },
    };
  }
}
