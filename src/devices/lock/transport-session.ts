import type { ByteTransport } from '../../transport/index.js';
import { closedBy, LinkClosedError, StreamEvents, type LockStream } from './lock-stream.js';

/**
 * A view of one connection of a (reconnecting) ByteTransport as a LockStream: it ends when that
 * connection drops, so a conversation in progress sees the loss even if the transport reconnects.
 * `close()` only detaches the view unless `closeTransport` is set.
 */
export function transportSession(t: ByteTransport, closeTransport = false): LockStream {
  const events = new StreamEvents();
  const offData = t.onData((b) => events.emitData(b));
  const offState = t.onState((s) => {
    if (!s.connected) finish(new Error(s.reason ?? 'disconnected'));
  });
  function finish(err?: Error) {
    offData();
    offState();
    events.emitClose(err);
  }
  if (!t.connected) queueMicrotask(() => finish(new Error('not connected')));
  return {
    label: t.label,
    get closed() {
      return events.closed;
    },
    async write(data) {
      if (events.closed) throw new LinkClosedError();
      try {
        await t.write(data);
      } catch (e) {
        throw closedBy(e as Error);
      }
    },
    onData: (l) => events.onData(l),
    onClose: (l) => events.onClose(l),
    async close() {
      finish();
      if (closeTransport) await t.close();
    },
  };
}
