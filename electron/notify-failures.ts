import { Notification } from 'electron';
import type { BridgeApi, CommandView, Language } from '../src/bridge/api.js';
import { summaryText } from '../src/bridge/command-summary.js';
import { msg } from '../src/i18n/note.js';
import { renderMessage } from '../src/i18n/render-note.js';

/**
 * A native notification once per command that fails (not again for the same failure), in the bridge's language
 * (`Snapshot.language.resolved`, as the tray; `language` until the first snapshot): "Empfang: Auftrag
 * fehlgeschlagen", the summary rendered from its parts ("Druck · 2 Exemplare"), then the note as Mews got it.
 */
export function notifyFailures(api: BridgeApi, onClick: () => void, language: Language = 'en'): () => void {
  const notified = new Set<string>();
  let lang = language;
  const consider = (c: CommandView) => {
    if (c.phase !== 'failed' || c.dismissed) {
      notified.delete(c.id);
      return;
    }
    if (notified.has(c.id) || !Notification.isSupported()) return;
    notified.add(c.id);
    const n = new Notification({
      title: renderMessage(lang, msg('summary.failedTitle', { device: c.deviceName })),
      body: [c.summaryParts ? summaryText(lang, c.summaryParts) : c.summary, c.notes].filter(Boolean).join(' — '),
      urgency: 'critical',
    });
    n.on('click', onClick);
    n.show();
  };
  return api.subscribe((e) => {
    if (e.type === 'snapshot') lang = e.snapshot.language.resolved;
    if (e.type === 'command') consider(e.command);
  });
}
