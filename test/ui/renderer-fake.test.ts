import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboard } from '../../src/headless/dashboard/index.js';
import { parseDevice } from '../../src/config/validate.js';
import { FakeBridgeApi, makeCommand, sampleDevices } from '../helpers/fake-bridge-api.js';
import { hasChromium } from '../helpers/chromium.js';
import { UiHarness } from './ui-harness.js';

const ui = new UiHarness();

describe.runIf(hasChromium)('renderer against a fake BridgeApi', () => {
  beforeAll(() => ui.setup(), 120_000);
  afterAll(() => ui.teardown());

  it('shows first-run guidance and empty states', async () => {
    const dash = await ui.serve(new FakeBridgeApi());
    const page = await ui.open(dash);
    await expect(page.getByTestId('first-run').textContent()).resolves.toContain('Connect to Mews');
    await expect(page.getByTestId('queue-empty').textContent()).resolves.toContain('No commands yet');
    await page.getByTestId('tab-devices').click();
    await expect(page.getByTestId('devices-empty').textContent()).resolves.toContain('No devices yet');
    await page.close();
  });

  it('lists commands live, shows progress and the final state', async () => {
    const api = new FakeBridgeApi({ devices: sampleDevices() });
    const page = await ui.open(await ui.serve(api));
    const cmd = makeCommand({
      deviceId: '10000000-0000-4000-8000-000000000001',
      deviceName: 'Front desk printer',
      summary: 'Print · invoice 118',
    });
    api.addCommand(cmd);
    const row = page.locator(`[data-command-id="${cmd.id}"]`);
    await expect(row.getByTestId('command-state').textContent()).resolves.toContain('Queued');
    api.updateCommand(cmd.id, { phase: 'running', progress: 0.5, mewsState: 'Processing' });
    await row.locator('progress').waitFor();
    await page.getByTestId('go-history').click();
    api.updateCommand(cmd.id, { phase: 'done', progress: null, mewsState: 'Processed' });
    // Finished: out of the live list, into History.
    await page.locator(`[data-testid="queue-list"] [data-command-id="${cmd.id}"]`).waitFor({ state: 'detached' });
    await page.locator(`[data-testid="finished-list"] [data-command-id="${cmd.id}"][data-phase="done"]`).waitFor();
    await expect(row.getByTestId('command-state').textContent()).resolves.toContain('Processed');
    await expect(row.textContent()).resolves.toContain('Jana Nováková');
    await page.close();
  });

  it('puts failed, running and waiting first, collapses finished into History, filters by device, and Tab reaches History early', async () => {
    const api = new FakeBridgeApi({ devices: sampleDevices() });
    const at = (min: number) => new Date(Date.now() - min * 60_000).toISOString();
    const done = Array.from({ length: 12 }, (_, i) =>
      makeCommand({
        deviceId: '10000000-0000-4000-8000-000000000001',
        deviceName: 'Front desk printer',
        phase: 'done',
        mewsState: 'Processed',
        summary: `Print · bill ${i}`,
        createdUtc: at(i),
      }),
    );
    const failedOld = makeCommand({
      deviceId: 'e0000000-0000-4000-8000-000000000001',
      deviceName: 'Encoder 1',
      phase: 'failed',
      summary: '2 keys · room 206 · Smith',
      canRetry: true,
      canDismiss: true,
      createdUtc: at(30),
    });
    const failedNew = makeCommand({
      deviceId: '10000000-0000-4000-8000-000000000002',
      deviceName: 'Reception printer',
      phase: 'failed',
      summary: 'Print · invoice 7',
      canRetry: true,
      canDismiss: true,
      createdUtc: at(20),
    });
    const running = makeCommand({
      deviceId: '10000000-0000-4000-8000-000000000001',
      deviceName: 'Front desk printer',
      phase: 'running',
      mewsState: 'Processing',
      progress: 0.3,
      createdUtc: at(1),
    });
    const waiting = makeCommand({
      deviceId: '10000000-0000-4000-8000-000000000001',
      deviceName: 'Front desk printer',
      phase: 'waiting',
      createdUtc: at(0.5),
    });
    api.commands.push(...done, failedOld, failedNew, running, waiting);
    const page = await ui.open(await ui.serve(api));
    const live = () =>
      page
        .locator('[data-testid="queue-list"] [data-testid="command-row"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-command-id')));
    await expect(live()).resolves.toEqual([failedNew.id, failedOld.id, running.id, waiting.id]);
    await expect(page.getByTestId('history-summary').textContent()).resolves.toContain('12 finished');
    await expect(page.getByTestId('finished-list').count()).resolves.toBe(0); // collapsed

    // From the tabs, the keyboard reaches the History link before any row's buttons.
    await page.getByTestId('tab-connection').focus();
    const passed: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '');
      if (id === 'go-history') break;
      passed.push(id);
    }
    expect(passed).not.toContain('retry');
    expect(passed).not.toContain('dismiss');
    await page.keyboard.press('Enter');
    await page.getByTestId('finished-list').waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('history-summary');
    await expect(page.getByTestId('finished-list').getByTestId('command-row').count()).resolves.toBe(12);

    await page.locator(`[data-testid="device-chip"][data-device-id="e0000000-0000-4000-8000-000000000001"]`).click();
    await expect(live()).resolves.toEqual([failedOld.id]);
    await page.locator(`[data-testid="device-chip"][data-device-id="e0000000-0000-4000-8000-000000000001"]`).click();
    await page.getByLabel('Search history').fill('smith');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByTestId('history-list').textContent()).resolves.toContain('room 206');
    expect(api.calls.some((c) => c.method === 'searchHistory' && c.args[0] === 'smith')).toBe(true);
    await page.close();
  });

  it('retries and dismisses failed commands', async () => {
    const api = new FakeBridgeApi({ devices: sampleDevices() });
    const a = makeCommand({
      deviceId: '10000000-0000-4000-8000-000000000002',
      deviceName: 'Reception printer',
      phase: 'failed',
      mewsState: 'Error',
      notes: 'Paper out',
      canRetry: true,
      canDismiss: true,
    });
    const b = makeCommand({
      deviceId: '10000000-0000-4000-8000-000000000002',
      deviceName: 'Reception printer',
      phase: 'failed',
      mewsState: 'Error',
      notes: 'Cover open',
      canRetry: true,
      canDismiss: true,
    });
    api.commands.push(a, b);
    const page = await ui.open(await ui.serve(api));
    await expect(page.getByTestId('count-failed').textContent()).resolves.toBe('2');
    await expect(page.locator(`[data-command-id="${a.id}"]`).getByTestId('command-notes').textContent()).resolves.toBe('Paper out');
    await page.locator(`[data-command-id="${a.id}"]`).getByTestId('retry').click();
    await page.locator(`[data-command-id="${a.id}"][data-phase="queued"]`).waitFor();
    // The notice it raised covers no button, and closes by itself.
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    await notice.hover(); // held open while the pointer is on it: the check below can take longer than its 5 s on a loaded machine
    const nb = (await notice.boundingBox())!;
    for (const b of await page.locator('button:visible').all()) {
      if (await notice.locator('button').evaluate((own, other) => own === other, await b.elementHandle())) continue;
      const bb = (await b.boundingBox())!;
      const overlaps = nb.x < bb.x + bb.width && bb.x < nb.x + nb.width && nb.y < bb.y + bb.height && bb.y < nb.y + nb.height;
      expect(overlaps, `notice covers "${await b.textContent()}"`).toBe(false);
    }
    await page.mouse.move(10, 590); // off the notice: it closes by itself
    await notice.waitFor({ state: 'detached', timeout: 15_000 });
    await page.locator(`[data-command-id="${b.id}"]`).getByTestId('dismiss').click();
    // Dismiss takes the row out of the live list; History still has it.
    await page.locator(`[data-testid="queue-list"] [data-command-id="${b.id}"]`).waitFor({ state: 'detached' });
    await page.getByTestId('go-history').click();
    await page.locator(`[data-testid="finished-list"] [data-command-id="${b.id}"]`).getByText('Dismissed').waitFor();
    await expect(page.getByTestId('count-failed').textContent()).resolves.toBe('0');
    expect(api.calls.filter((c) => c.method === 'retryCommand').map((c) => c.args)).toEqual([[a.id]]);
    await page.close();
  });

  it('asks before pausing, shows a paused banner, and shows progress while a test encode waits', async () => {
    const api = new FakeBridgeApi({ devices: sampleDevices() });
    const page = await ui.open(await ui.serve(api), 'connection');
    await page.getByTestId('pause').click();
    await page.getByTestId('pause-confirm').waitFor();
    await page.getByTestId('pause-no').click();
    expect(api.calls.some((c) => c.method === 'setPaused')).toBe(false);
    await page.getByTestId('pause').click();
    await page.getByTestId('pause-yes').click();
    await page.getByTestId('paused-banner').waitFor();
    // Paused is never "All well", and the empty queue does not say every command is done.
    await page.getByTestId('overall-status').getByText('Paused', { exact: true }).waitFor();
    await expect(page.getByTestId('overall-status').textContent()).resolves.not.toContain('All well');
    await page.getByTestId('tab-queue').click();
    await expect(page.getByTestId('queue-empty').textContent()).resolves.toContain('Commands are paused');
    await expect(page.getByTestId('queue-empty').textContent()).resolves.not.toContain('Every command is done');
    await page.getByTestId('resume-banner').click();
    await page.getByTestId('paused-banner').waitFor({ state: 'detached' });
    expect(api.calls.filter((c) => c.method === 'setPaused').map((c) => c.args)).toEqual([[true], [false]]);

    let release!: () => void;
    api.testGate = new Promise((r) => (release = r));
    await page.getByTestId('tab-devices').click();
    await page.locator('[data-device-id="e0000000-0000-4000-8000-000000000001"]').click();
    await page.getByTestId('test-device').click();
    await expect(page.getByTestId('test-progress').textContent()).resolves.toMatch(/Waiting for the encoder/);
    release();
    await page.getByTestId('test-result').waitFor();
    await expect(page.getByTestId('test-progress').count()).resolves.toBe(0);
    await page.close();
  });

  it('closes each notice after its own time: an older one hidden under the newest does not come back stale', async () => {
    const api = new FakeBridgeApi({ devices: sampleDevices() });
    const dash = await ui.serve(api);
    const page = await ui.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
    await page.clock.install(); // fake timers; time still flows, fastForward jumps it
    await page.goto(`${dash.url}/#token=${dash.token}`);
    await page.getByTestId('tab-connection').click();
    await page.getByTestId('pause').click();
    await page.getByTestId('pause-yes').click();
    await page.getByTestId('notice').getByText('Paused').waitFor();
    await page.getByTestId('resume-banner').click();
    await page.getByTestId('notice').getByText('Resumed').waitFor();
    await expect(page.getByTestId('notice').innerText()).resolves.toContain('+1'); // "Paused" is kept, hidden under it
    // Both are info notices (5 s). Once "Resumed" has closed, "Paused" — older, its time up too — must not show.
    await page.clock.fastForward(6_000);
    await page.getByTestId('notice').getByText('Resumed').waitFor({ state: 'detached' });
    await expect(page.getByTestId('notice').count()).resolves.toBe(0); // the same render that took "Resumed" away

    // A notice hidden for less than its time does come back, for what is left of it.
    await page.getByTestId('pause').click();
    await page.getByTestId('pause-yes').click();
    await page.getByTestId('notice').getByText('Paused').waitFor();
    await page.getByTestId('resume-banner').click();
    await page.getByTestId('notice').getByText('Resumed').waitFor();
    await page.getByTestId('notice').getByRole('button').click(); // closed by hand at once
    await page.getByTestId('notice').getByText('Paused').waitFor();
    await page.mouse.move(10, 500); // off the notice: a hovered notice stays open
    await page.clock.fastForward(6_000);
    await page.getByTestId('notice').waitFor({ state: 'detached' });
    await page.close();
  });

  it('counts only older notices still in their time, and says in words what "+N" counts', async () => {
    const api = new FakeBridgeApi({ devices: sampleDevices() });
    const dash = await ui.serve(api);
    const page = await ui.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
    await page.clock.install();
    await page.goto(`${dash.url}/#token=${dash.token}`);
    await page.mouse.move(10, 500); // off the notices: a hovered notice stays open
    await page.getByTestId('tab-connection').click();
    await page.getByTestId('pause').click();
    await page.getByTestId('pause-yes').click();
    await page.getByTestId('notice').getByText('Paused').waitFor();
    await page.clock.fastForward(3_000); // "Paused" (info, 5 s) has 2 s left
    await page.getByTestId('resume-banner').click();
    await page.getByTestId('notice').getByText('Resumed').waitFor();
    const more = page.getByTestId('notice').locator('.notice-more');
    await expect(more.innerText()).resolves.toBe('+1');
    await expect(more.getAttribute('title')).resolves.toBe('1 older message');
    await expect(more.getAttribute('aria-label')).resolves.toBe('1 older message');
    await page.mouse.move(10, 500);
    await page.clock.fastForward(2_500); // "Paused" is over, "Resumed" still has 2.5 s
    await more.waitFor({ state: 'detached' });
    await expect(page.getByTestId('notice').innerText()).resolves.toContain('Resumed');
    await page.close();
  });

  it('says Mews is not answering (degraded) with the reason, never "All well" or "Connected"', async () => {
    const api = new FakeBridgeApi({ devices: sampleDevices() });
    const page = await ui.open(await ui.serve(api), 'connection');
    await page.getByTestId('overall-status').getByText('All well').waitFor();
    api.connection = { ...api.connection, status: 'degraded', reason: 'Mews answers 503 — service unavailable; retrying' };
    api.emit({ type: 'connection', connection: api.connection });
    await page.getByTestId('connection-status').getByText('Mews is not answering').waitFor();
    await expect(page.getByTestId('connection-reason').textContent()).resolves.toBe('Mews answers 503 — service unavailable; retrying');
    await expect(page.getByTestId('overall-status').textContent()).resolves.toContain('Needs attention');
    await expect(page.getByTestId('overall-status').textContent()).resolves.not.toMatch(/All well|Connected to Mews/);
    api.connection = { ...api.connection, status: 'online', reason: null };
    api.emit({ type: 'connection', connection: api.connection });
    await page.getByTestId('overall-status').getByText('All well').waitFor();
    await page.close();
  });

  it('shows device status such as paper out', async () => {
    const api = new FakeBridgeApi({ devices: sampleDevices() });
    const page = await ui.open(await ui.serve(api), 'devices');
    const card = page.locator('[data-device-id="10000000-0000-4000-8000-000000000002"]');
    await expect(card.getByTestId('device-status').textContent()).resolves.toContain('Ready');
    api.health.set('10000000-0000-4000-8000-000000000002', { health: 'attention', detail: 'Paper out', flags: { paperOut: true } });
    api.emit({ type: 'device', device: api.deviceView(api.settings.devices[1]!) });
    await card.getByText('Paper out').waitFor();
    await expect(page.getByTestId('overall-status').textContent()).resolves.toContain('Needs attention');
    await page.close();
  });

  it('names a keycutter device (lock system chosen by each Mews command) as a key encoder, in the UI language', async () => {
    const keycutter = parseDevice({ id: 'e0000000-0000-4000-8000-000000000009', name: 'Salto encoder (reception)', driver: 'keycutter' });
    const api = new FakeBridgeApi({ devices: [...sampleDevices(), keycutter] });
    const page = await ui.open(await ui.serve(api), 'devices');
    const meta = page.locator(`[data-device-id="${keycutter.id}"] .device-card-meta`);
    await expect(meta.innerText()).resolves.toContain('Key encoder (lock system from Mews)');
    await api.setLanguage('de');
    await expect.poll(() => meta.innerText()).toContain('Kartencodierer (Schließsystem aus Mews)');
    await expect(page.locator('body').innerText()).resolves.not.toMatch(/key cutter/i);
    await page.close();
  });

  it('adds a device through the form and edits it', async () => {
    const api = new FakeBridgeApi({
      ports: { ports: [{ path: '/dev/ttyS4', manufacturer: 'Prolific', serialNumber: null }], error: null },
    });
    const page = await ui.open(await ui.serve(api), 'devices');
    await page.getByTestId('add-device').click();
    await page.getByLabel('Name', { exact: true }).fill('Bar printer');
    await page.getByLabel('Mews device Id').fill('20000000-0000-4000-8000-000000000003');
    await page.getByTestId('port-picker').selectOption('/dev/ttyS4');
    await expect(page.getByLabel('Port path').inputValue()).resolves.toBe('/dev/ttyS4');
    await page.getByLabel('Baud rate').selectOption('9600');
    await page.getByLabel('58 mm').check();
    await page.getByTestId('save-device').click();
    await page.getByTestId('save-ok').waitFor();
    expect(api.settings.devices).toHaveLength(1);
    expect(api.settings.devices[0]).toMatchObject({
      id: '20000000-0000-4000-8000-000000000003',
      driver: 'escpos',
      connection: { type: 'serial', path: '/dev/ttyS4', baudRate: 9600 },
      options: { paperWidthDots: 384 },
    });
    await page.locator('[data-device-id="20000000-0000-4000-8000-000000000003"]').click();
    await page.getByLabel('Network (TCP)').check();
    await page.getByLabel('Host or IP address').fill('10.0.0.9');
    await page.getByLabel('Port', { exact: true }).fill('9100');
    await page.getByTestId('save-device').click();
    await page.getByTestId('save-ok').waitFor();
    expect(api.settings.devices[0]).toMatchObject({
      connection: { type: 'tcp', host: '10.0.0.9', port: 9100 },
      options: { paperWidthDots: 384 },
    });
    await page.getByTestId('test-device').click();
    await expect(page.getByTestId('test-result').textContent()).resolves.toContain('Test page printed');
    await page.getByTestId('preview-image').waitFor();
    await page.close();
  });

  it('shows inline errors and saves nothing for a missing path, bad port or duplicate id', async () => {
    const api = new FakeBridgeApi({ devices: sampleDevices(), ports: { ports: [], error: 'permission denied' } });
    const page = await ui.open(await ui.serve(api), 'devices');
    await page.getByTestId('add-device').click();
    await expect(page.getByTestId('port-list-error').textContent()).resolves.toContain('Type the path instead');
    await page.getByLabel('Name', { exact: true }).fill('X');
    await page.getByLabel('Mews device Id').fill('x-1');
    await page.getByTestId('save-device').click();
    await expect(page.getByTestId('error-dev-connection-path').textContent()).resolves.toMatch(/serial port/);
    await expect(page.getByLabel('Port path').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByTestId('form-issues').textContent()).resolves.toContain('Nothing was saved');
    expect(api.calls.filter((c) => c.method === 'saveDevice')).toHaveLength(0);

    // Server-side issues land next to their field too.
    await page.getByLabel('Port path').fill('/dev/ttyUSB9');
    await page.getByLabel('Mews device Id').fill('10000000-0000-4000-8000-000000000001');
    await page.getByTestId('save-device').click();
    await expect(page.getByTestId('error-dev-id').textContent()).resolves.toContain('already uses');
    expect(api.settings.devices).toHaveLength(3);
    await page.close();
  });

  it('takes tokens as password inputs and only ever shows "Set"', async () => {
    const api = new FakeBridgeApi();
    const page = await ui.open(await ui.serve(api), 'connection');
    await expect(page.getByTestId('conn-clientToken-state').textContent()).resolves.toBe('Not set');
    await expect(page.getByTestId('conn-clientToken').getAttribute('type')).resolves.toBe('password');
    await page.getByTestId('conn-clientToken').fill('CLIENT-SECRET-123456');
    await page.getByTestId('conn-accessToken').fill('ACCESS-SECRET-654321');
    await page.getByTestId('env-custom').check();
    await page.getByTestId('save-connection').click();
    await page.getByText('Enter a full address starting with https://').waitFor();
    expect(api.calls.filter((c) => c.method === 'saveConnection')).toHaveLength(0);
    await page.getByTestId('env-production').check();
    await page.getByTestId('save-connection').click();
    await page.getByTestId('connection-saved').waitFor();
    await expect(page.getByTestId('conn-clientToken-state').textContent()).resolves.toBe('Set');
    await expect(page.getByTestId('conn-clientToken').inputValue()).resolves.toBe('');
    expect(await page.content()).not.toContain('SECRET');
    expect(api.settings.mews.environment).toBe('production');

    api.connection = { ...api.connection, status: 'unauthorized', reason: 'Mews rejected the tokens (401). Check them in Mews.' };
    api.emit({ type: 'connection', connection: api.connection });
    await expect(page.getByTestId('connection-reason').textContent()).resolves.toContain('rejected');
    await expect(page.getByTestId('overall-status').textContent()).resolves.toContain('Offline');
    await page.getByTestId('reconnect').click();
    await page.getByTestId('connection-status').getByText('Connecting').waitFor();
    await page.close();
  });

  it('keeps the token out of the address bar, and explains what to do without one', async () => {
    const dash = await ui.serve(new FakeBridgeApi({ devices: sampleDevices() }));
    const page = await ui.open(dash);
    expect(page.url()).not.toContain(dash.token);
    await page.reload(); // the token survives a reload in session storage
    await page.getByTestId('overall-status').getByText('All well').waitFor();
    const other = await ui.browser.newPage();
    await other.goto(`${dash.url}/`);
    await expect(other.getByTestId('missing-token').textContent()).resolves.toContain('#token=');
    await expect(other.getByTestId('link-file').textContent()).resolves.toContain('dashboard-link.txt');
    await other.close();
    await page.close();
  });

  it('recovers when the dashboard restarts: says so, then shows a fresh snapshot', async () => {
    const api = new FakeBridgeApi({ devices: sampleDevices() });
    const first = await startDashboard({ api, port: 0, staticDir: ui.staticDir, token: 'fixed-test-token-0123456789' });
    const page = await ui.open(first);
    await first.close();
    await page.getByText('Lost the connection to the bridge service').waitFor();
    const cmd = makeCommand({
      deviceId: '10000000-0000-4000-8000-000000000001',
      deviceName: 'Front desk printer',
      summary: 'Print · while away',
    });
    api.commands.push(cmd); // happened while the page was cut off: no event reaches it
    const again = await startDashboard({ api, port: Number(new URL(first.url).port), staticDir: ui.staticDir, token: first.token });
    try {
      await page.getByText('Connection to the bridge service is back.').waitFor({ timeout: 15_000 });
      await page.locator(`[data-command-id="${cmd.id}"]`).waitFor();
    } finally {
      await page.close();
      await again.close();
    }
  });

  it('is usable from the keyboard: tabs reachable, fields labelled', async () => {
    const api = new FakeBridgeApi({ devices: sampleDevices() });
    const page = await ui.open(await ui.serve(api));
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Devices');
    await page.keyboard.press('Enter');
    await page.getByTestId('add-device').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Type and protocol').count()).resolves.toBe(1);
    const unlabelled = await page.evaluate(
      () =>
        [...document.querySelectorAll('input:not([type=hidden]), select')].filter((el) => {
          const id = el.id;
          return !(id && document.querySelector(`label[for="${id}"]`)) && !el.closest('label') && !el.getAttribute('aria-label');
        }).length,
    );
    expect(unlabelled).toBe(0);
    expect(ui.pageErrors).toEqual([]);
    await page.close();
  });
});
