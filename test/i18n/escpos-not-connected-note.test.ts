import { afterAll, describe, expect, it } from 'vitest';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { freePort } from '../../src/sim/free-port.js';
import { bridgeConfig, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { makePdf, sampleInvoice } from '../helpers/pdf.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * A receipt printer that is not connected (nothing listens on its TCP port; its serial port does not exist):
 * the command's note to Mews says why in the chosen language, the reason included — found trying the demo in
 * French ("L’imprimante « … » n’est pas connectée : 127.0.0.2:1 refused the connection. Check the address …").
 */
describe('ESC/POS printer not connected: the reason in the note is in the chosen language', () => {
  const dir = tempDir('escpos-not-connected-');
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  afterAll(async () => {
    await bridge?.stop();
    await mews?.close();
    dir.cleanup();
  });

  async function finalNote(id: string): Promise<string> {
    await waitFor(() => mews!.store.commands.get(id)!.State === 'Error', `command ${id} failed in Mews`, 40_000);
    return mews!.store.updatesFor(id).at(-1)!.Notes ?? '';
  }

  it('a refused TCP port and a missing serial port, in German and in English', async () => {
    mews = await startMews();
    const closedPort = await freePort(); // free a moment ago: nothing listens there
    const tcpId = mews.store.addDevice({ Name: 'Bondrucker', Type: 'Printer' }).Id;
    const serialId = mews.store.addDevice({ Name: 'Bar', Type: 'Printer' }).Id;
    bridge = await startBridge({
      ...bridgeConfig(mews, dir.path, [
        { id: tcpId, name: 'Bondrucker', driver: 'escpos', connection: { type: 'tcp', host: '127.0.0.1', port: closedPort } },
        { id: serialId, name: 'Bar', driver: 'escpos', connection: { type: 'serial', path: '/dev/ttyUSB-not-here' } },
      ]),
      language: 'de',
    });
    const pdf = Buffer.from(makePdf([sampleInvoice()])).toString('base64');

    expect(await finalNote(mews.store.addPrinterCommand(tcpId, pdf).Id)).toMatch(
      new RegExp(`^Der Drucker „Bondrucker“ ist nicht verbunden: 127\\.0\\.0\\.1:${closedPort} hat die Verbindung abgelehnt\\.`),
    );
    expect(await finalNote(mews.store.addPrinterCommand(serialId, pdf).Id)).toMatch(
      /^Der Drucker „Bar“ ist nicht verbunden: \/dev\/ttyUSB-not-here existiert nicht\. Prüfen Sie, ob das Kabel eingesteckt/,
    );

    await bridge.setLanguage('en');
    expect(await finalNote(mews.store.addPrinterCommand(tcpId, pdf).Id)).toMatch(
      new RegExp(
        `^Printer "Bondrucker" is not connected: 127\\.0\\.0\\.1:${closedPort} refused the connection\\. Check the address and port`,
      ),
    );
  }, 120_000);
});
