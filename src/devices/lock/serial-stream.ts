import { closedBy, LinkClosedError, StreamEvents, type LockStream } from './lock-stream.js';

/** Opens a serial port (or the far end of a socat pty pair) as a LockStream. */
export async function openSerialStream(path: string, baudRate = 9600): Promise<LockStream> {
  const { SerialPort } = await import('serialport'); // loaded only where a serial lock link is used
  const port = new SerialPort({ path, baudRate, autoOpen: false, hupcl: false });
  const events = new StreamEvents();
  port.on('error', (e) => events.emitClose(e));
  port.on('close', (e: Error | null) => events.emitClose(e ?? undefined));
  port.on('data', (b: Buffer) => events.emitData(b));
  await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
  return {
    label: path,
    get closed() {
      return events.closed;
    },
    write(data) {
      return new Promise((resolve, reject) => {
        if (events.closed || !port.isOpen) return reject(new LinkClosedError());
        port.write(Buffer.from(data), (err) => (err ? reject(closedBy(err)) : resolve()));
      });
    },
    onData: (l) => events.onData(l),
    onClose: (l) => events.onClose(l),
    close: () =>
      new Promise<void>((resolve) => {
        if (!port.isOpen) {
          events.emitClose();
          return resolve();
        }
        port.close(() => {
          events.emitClose();
          resolve();
        });
      }),
  };
}
