import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Snapshot } from '../../src/bridge/api.js';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import { msg } from '../../src/i18n/note.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { bridgeConfig, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { FakeBridgeApi, makeCommand, sampleDevices } from '../helpers/fake-bridge-api.js';
import { waitFor } from '../helpers/wait-for.js';

const h = vi.hoisted(() => {
  type Item = { label?: string; type?: string; click?: () => void };
  class FakeTray {
    static last: FakeTray;
    images: { png: Buffer }[] = [];
    tooltips: string[] = [];
    menus: Item[][] = [];
    handlers = new Map<string, () => void>();
    constructor(img: { png: Buffer }) {
      this.images.push(img);
      FakeTray.last = this;
    }
    setImage(img: { png: Buffer }) {
      this.images.push(img);
    }
    setToolTip(t: string) {
      this.tooltips.push(t);
    }
    setContextMenu(m: Item[]) {
      this.menus.push(m);
    }
    on(ev: string, fn: () => void) {
      this.handlers.set(ev, fn);
    }
    destroy() {}
  }
  return { FakeTray };
});

vi.mock('electron', () => ({
  Tray: h.FakeTray,
  Menu: { buildFromTemplate: (t: unknown) => t },
  nativeImage: { createFromBuffer: (png: Buffer) => ({ png, addRepresentation() {} }) },
}));

const { BridgeTray } = await import('../../electron/bridge-tray.js');
const { TRAY_COLOURS } = await import('../../electron/tray-icon-png.js');
const { TOOLTIP_MAX } = await import('../../electron/tray-state.js');

function centreColour(png: Buffer): [number, number, number] {
  const img = PNG.sync.read(png);
  const i = (Math.floor(img.height / 2) * img.width + Math.floor(img.width / 2)) * 4;
  return [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
}

const actions = () => ({ open: vi.fn(), setPaused: vi.fn(), reconnect: vi.fn(), openLogs: vi.fn(), quit: vi.fn() });
let api: FakeBridgeApi;
beforeEach(() => {
  api = new FakeBridgeApi({ devices: sampleDevices() });
});
const snap = (): Promise<Snapshot> => api.getSnapshot();

describe('tray', () => {
  it('is green with "All well" when connected and nothing needs attention', async () => {
    const tray = new BridgeTray(actions());
    tray.update(await snap());
    const t = h.FakeTray.last;
    expect(tray.state).toBe('ok');
    expect(centreColour(t.images.at(-1)!.png)).toEqual(TRAY_COLOURS.ok);
    expect(t.tooltips.at(-1)).toBe('Mews Device Bridge — All well');
  });

  it('turns amber for a paper-out printer or a failed command, naming the problem', async () => {
    const tray = new BridgeTray(actions());
    api.health.set('10000000-0000-4000-8000-000000000002', { health: 'attention', detail: 'Paper out', flags: { paperOut: true } });
    tray.update(await snap());
    const t = h.FakeTray.last;
    expect(tray.state).toBe('attention');
    expect(centreColour(t.images.at(-1)!.png)).toEqual(TRAY_COLOURS.attention);
    expect(t.tooltips.at(-1)).toContain('Reception printer (Ethernet): Paper out');

    api.health.clear();
    api.commands.push(
      makeCommand({ deviceId: '10000000-0000-4000-8000-000000000001', deviceName: 'Front desk printer', phase: 'failed', canRetry: true }),
    );
    tray.update(await snap());
    expect(tray.state).toBe('attention');
    expect(t.tooltips.at(-1)).toContain('1 failed command');
  });

  it('turns red when offline or unauthorized, with the reason in plain words', async () => {
    const tray = new BridgeTray(actions());
    const t = h.FakeTray.last;
    api.connection = { ...api.connection, status: 'unauthorized', reason: 'Mews rejected the tokens (401)' };
    tray.update(await snap());
    expect(tray.state).toBe('offline');
    expect(centreColour(t.images.at(-1)!.png)).toEqual(TRAY_COLOURS.offline);
    expect(t.tooltips.at(-1)).toBe('Mews Device Bridge — Offline: Mews rejected the tokens (401)');
    api.connection = { ...api.connection, status: 'offline', reason: null };
    tray.update(await snap());
    expect(t.tooltips.at(-1)).toContain('Offline');
    // Back to normal: green again.
    api.connection = { ...api.connection, status: 'online', reason: null };
    tray.update(await snap());
    expect(centreColour(t.images.at(-1)!.png)).toEqual(TRAY_COLOURS.ok);
  });

  it('has Open, Pause/Resume, Reconnect, Open logs and Quit in its menu', async () => {
    const a = actions();
    new BridgeTray(a);
    const t = h.FakeTray.last;
    const menu = () => t.menus.at(-1)!.filter((i) => i.label);
    expect(menu().map((i) => i.label)).toEqual(['Open Mews Device Bridge', 'Pause commands', 'Reconnect to Mews', 'Open logs', 'Quit']);
    for (const item of menu()) item.click!();
    expect(a.open).toHaveBeenCalled();
    expect(a.setPaused).toHaveBeenCalledWith(true);
    expect(a.reconnect).toHaveBeenCalled();
    expect(a.openLogs).toHaveBeenCalled();
    expect(a.quit).toHaveBeenCalled();
    t.handlers.get('click')!();
    expect(a.open).toHaveBeenCalledTimes(2);
  });

  it('offers Resume while paused', async () => {
    const a = actions();
    const tray = new BridgeTray(a);
    api.connection = { ...api.connection, paused: true };
    tray.update(await snap());
    const resume = h.FakeTray.last.menus.at(-1)!.find((i) => i.label === 'Resume commands');
    resume!.click!();
    expect(a.setPaused).toHaveBeenCalledWith(false);
    expect(h.FakeTray.last.tooltips.at(-1)).toContain('Paused');
    expect(h.FakeTray.last.tooltips.at(-1)).not.toContain('All well');
  });

  it('needs attention while connected but Mews does not answer (degraded), with the reason', async () => {
    const tray = new BridgeTray(actions());
    api.connection = { ...api.connection, status: 'degraded', reason: 'Mews answers 503 — service unavailable; retrying' };
    tray.update(await snap());
    expect(h.FakeTray.last.tooltips.at(-1)).toBe('Mews Device Bridge — Needs attention: Mews answers 503 — service unavailable; retrying');
  });
});

describe("tray in the bridge's language", () => {
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  const dir = tempDir('tray-language-');
  afterEach(async () => {
    await bridge?.stop();
    await mews?.close();
    dir.cleanup();
  });

  const labels = (t: InstanceType<typeof h.FakeTray>) =>
    t.menus
      .at(-1)!
      .filter((i) => i.label)
      .map((i) => i.label);

  it('follows the real core: German menu and tooltip with language "de", Czech after a change, without a restart', async () => {
    mews = await startMews();
    bridge = await startBridge({ ...bridgeConfig(mews, dir.path, []), language: 'de' });
    await waitFor(async () => (await bridge!.getSnapshot()).connection.status === 'online', 'the bridge online');
    const tray = new BridgeTray(actions(), bridge.language());
    const t = h.FakeTray.last;
    // Before the first snapshot: already German (the language given), "starting".
    expect(labels(t)).toEqual(['Mews Device Bridge öffnen', 'Aufträge anhalten', 'Neu mit Mews verbinden', 'Protokoll öffnen', 'Beenden']);
    expect(t.tooltips.at(-1)).toBe('Mews Device Bridge — wird gestartet…');
    const stop = tray.follow(bridge);
    await waitFor(() => t.tooltips.at(-1) === 'Mews Device Bridge — Alles in Ordnung', 'the German "all well" tooltip');

    await bridge.setPaused(true);
    await waitFor(() => labels(t)[1] === 'Aufträge fortsetzen', 'the German Resume item');
    expect(t.tooltips.at(-1)).toBe('Mews Device Bridge — Angehalten: Aufträge warten in Mews, bis sie fortgesetzt werden');

    const menusBefore = t.menus.length;
    await expect(bridge.setLanguage('cs')).resolves.toEqual({ ok: true });
    await waitFor(() => labels(t)[0] === 'Otevřít Mews Device Bridge', 'the Czech menu');
    expect(t.menus.length).toBe(menusBefore + 1); // rebuilt once for the new language
    expect(labels(t)).toEqual([
      'Otevřít Mews Device Bridge',
      'Pokračovat v příkazech',
      'Znovu připojit k Mews',
      'Otevřít protokol',
      'Ukončit',
    ]);
    expect(t.tooltips.at(-1)).toBe('Mews Device Bridge — Pozastaveno: příkazy čekají v Mews, dokud je znovu nespustíte');

    await bridge.setPaused(false);
    await waitFor(() => t.tooltips.at(-1) === 'Mews Device Bridge — Vše v pořádku', 'the Czech "all well" tooltip');
    expect(labels(t)[1]).toBe('Pozastavit příkazy');
    stop();
    tray.destroy();
  });

  it('words problems in the language: device problems and Czech plurals of failed commands', async () => {
    const api = new FakeBridgeApi({ devices: sampleDevices() });
    await api.setLanguage('cs');
    api.health.set('10000000-0000-4000-8000-000000000002', { health: 'offline', detail: null, flags: {} });
    for (let i = 0; i < 2; i++)
      api.commands.push(
        makeCommand({ deviceId: '10000000-0000-4000-8000-000000000001', deviceName: 'Front desk printer', phase: 'failed' }),
      );
    const tray = new BridgeTray(actions());
    tray.update(await api.getSnapshot());
    expect(h.FakeTray.last.tooltips.at(-1)).toBe(
      'Mews Device Bridge — Vyžaduje pozornost: 2 příkazy s chybou; Reception printer (Ethernet): offline',
    );
    api.commands.push(makeCommand({ deviceId: '10000000-0000-4000-8000-000000000001', deviceName: 'Front desk printer', phase: 'failed' }));
    for (let i = 0; i < 2; i++)
      api.commands.push(
        makeCommand({ deviceId: '10000000-0000-4000-8000-000000000001', deviceName: 'Front desk printer', phase: 'failed' }),
      );
    await api.setLanguage('de');
    api.health.clear();
    tray.update(await api.getSnapshot());
    expect(h.FakeTray.last.tooltips.at(-1)).toBe('Mews Device Bridge — Bitte prüfen: 5 fehlgeschlagene Aufträge');
    await api.setLanguage('fr');
    tray.update(await api.getSnapshot());
    expect(h.FakeTray.last.tooltips.at(-1)).toBe('Mews Device Bridge — À vérifier\u00a0: 5 commandes en échec');

    // A device detail the core sent as a note is in the language too; one without a note stays as the core wrote it.
    api.commands.length = 0;
    api.health.set('10000000-0000-4000-8000-000000000002', {
      health: 'attention',
      detail: 'Printer "Reception printer (Ethernet)" is out of paper.',
      detailNote: [msg('escpos.paperOut', { device: 'Reception printer (Ethernet)' })],
      flags: { paperOut: true },
    });
    await api.setLanguage('de');
    tray.update(await api.getSnapshot());
    expect(h.FakeTray.last.tooltips.at(-1)).toBe(
      'Mews Device Bridge — Bitte prüfen: Beim Drucker „Reception printer (Ethernet)“ ist das Papier leer.',
    );
    api.health.set('10000000-0000-4000-8000-000000000002', { health: 'attention', detail: 'Toner low', flags: {} });
    tray.update(await api.getSnapshot());
    expect(h.FakeTray.last.tooltips.at(-1)).toBe('Mews Device Bridge — Bitte prüfen: Reception printer (Ethernet): Toner low');

    // A 200-character printer-state-message: the tooltip fits Windows' 127 characters, the failed count first and whole.
    const long = 'media-empty-warning,toner-low-report,marker-supply-low-warning,door-open-error,'.repeat(3).slice(0, 200);
    api.health.set('10000000-0000-4000-8000-000000000002', { health: 'attention', detail: long, flags: {} });
    api.commands.push(makeCommand({ deviceId: '10000000-0000-4000-8000-000000000001', deviceName: 'Front desk printer', phase: 'failed' }));
    tray.update(await api.getSnapshot());
    const tip = h.FakeTray.last.tooltips.at(-1)!;
    expect(tip.length).toBeLessThanOrEqual(TOOLTIP_MAX);
    expect(tip).toMatch(
      /^Mews Device Bridge — Bitte prüfen: 1 fehlgeschlagener Auftrag; Reception printer \(Ethernet\): media-empty-warning,.*…$/,
    );
  });
});
