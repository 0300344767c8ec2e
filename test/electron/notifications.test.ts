import { describe, expect, it, vi } from 'vitest';
import { FakeBridgeApi, makeCommand } from '../helpers/fake-bridge-api.js';

const h = vi.hoisted(() => ({ shown: [] as { title: string; body: string }[], clicks: [] as (() => void)[] }));

vi.mock('electron', () => ({
  Notification: class {
    static isSupported = () => true;
    constructor(private readonly o: { title: string; body: string }) {}
    on(_ev: string, fn: () => void) {
      h.clicks.push(fn);
    }
    show() {
      h.shown.push({ title: this.o.title, body: this.o.body });
    }
  },
}));

const { notifyFailures } = await import('../../electron/notify-failures.js');

describe('failure notifications', () => {
  it('shows one native notification per failed command and opens the window on click', () => {
    const api = new FakeBridgeApi();
    const open = vi.fn();
    const off = notifyFailures(api, open);
    const c = makeCommand({ deviceId: 'p', deviceName: 'Front desk printer', summary: 'Print · bill 17' });
    api.addCommand(c);
    expect(h.shown).toHaveLength(0);
    api.updateCommand(c.id, { phase: 'failed', notes: 'Paper out', canRetry: true });
    api.updateCommand(c.id, { notes: 'Paper out' }); // same failure again: no second notification
    expect(h.shown).toEqual([{ title: 'Front desk printer: command failed', body: 'Print · bill 17 — Paper out' }]);
    h.clicks[0]!();
    expect(open).toHaveBeenCalled();
    // Retried and failed again: a new notification.
    api.updateCommand(c.id, { phase: 'queued' });
    api.updateCommand(c.id, { phase: 'failed', notes: 'Cover open' });
    expect(h.shown).toHaveLength(2);
    off();
    api.updateCommand(c.id, { phase: 'queued' });
    api.updateCommand(c.id, { phase: 'failed' });
    expect(h.shown).toHaveLength(2);
  });

  it('speaks the bridge’s language: the title, and the summary rendered from its parts (the guest’s name as it came)', async () => {
    h.shown.length = 0;
    const api = new FakeBridgeApi();
    const off = notifyFailures(api, () => undefined, 'cs');
    const key = makeCommand({ deviceId: 'k', deviceName: 'Kodér', deviceType: 'KeyCutter', summary: '2 keys · room 206 · Novák' });
    api.addCommand(key);
    api.updateCommand(key.id, { phase: 'failed', notes: 'Kodér neodpovídá.' });
    expect(h.shown.at(-1)).toEqual({ title: 'Kodér: příkaz selhal', body: '2 klíče · pokoj 206 · Novák — Kodér neodpovídá.' });
    await api.setLanguage('de'); // a snapshot with the new language
    const print = makeCommand({ deviceId: 'p', deviceName: 'Empfang', summary: 'Print · 2 copies' });
    api.addCommand(print);
    api.updateCommand(print.id, { phase: 'failed', notes: null });
    expect(h.shown.at(-1)).toEqual({ title: 'Empfang: Auftrag fehlgeschlagen', body: 'Druck · 2 Exemplare' });
    off();
  });
});
