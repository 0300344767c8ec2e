import { Notification } from 'electron';
import type { BridgeApi, CommandView } from '../src/bridge/api.js';

/** A native notification once per command that fails (not again for the same failure). */
export function notifyFailures(api: BridgeApi, onClick: () => void): () => void {
  const notified = new Set<string>();
  const consider = (c: CommandView) => {
    if (c.phase !== 'failed' || c.dismissed) {
      notified.delete(c.id);
      return;
    }
    if (notified.has(c.id) || !Notification.isSupported()) return;
    notified.add(c.id);
    const n = new Notification({
      title: `${c.deviceName}: command failed`,
      body: [c.summary, c.notes].filter(Boolean).join(' — '),
      urgency: 'critical',
    });
    n.on('click', onClick);
    n.show();
  };
  return api.subscribe((e) => {
    if (e.type === 'command') consider(e.command);
  });
}
