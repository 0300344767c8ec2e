import { afterAll, describe, expect, it } from 'vitest';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { bridgeConfig, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { makePdf, sampleInvoice } from '../helpers/pdf.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * A receipt printer whose serial port does not exist (the IT admin's typo, a USB adapter unplugged): the command's
 * note to Mews says why in the chosen language, the reason included — found trying the demo in French
 * ("L’imprimante « … » n’est pas connectée : /dev/ttyUSB9 does not exist. Check that the cable …"). The TCP
 * member of the kind (a refused port) is in notes-without-english.test.ts; the English words stay as they were.
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

  it('a missing serial port, in German and in English', async () => {
    mews = await startMews();
    const serialId = mews.store.addDevice({ Name: 'Bar', Type: 'Printer' }).Id;
    bridge = await startBridge({
      ...bridgeConfig(mews, dir.path, [
        { id: serialId, name: 'Bar', driver: 'escpos', connection: { type: 'serial', path: '/dev/ttyUSB-not-here' } },
      ]),
      language: 'de',
    });
    const pdf = Buffer.from(makePdf([sampleInvoice()])).toString('base64');

    expect(await finalNote(mews.store.addPrinterCommand(serialId, pdf).Id)).toMatch(
      /^Der Drucker „Bar“ ist nicht verbunden: \/dev\/ttyUSB-not-here existiert nicht\. Prüfen Sie, ob das Kabel eingesteckt/,
    );

    await bridge.setLanguage('en');
    expect(await finalNote(mews.store.addPrinterCommand(serialId, pdf).Id)).toMatch(
      /^Printer "Bar" is not connected: \/dev\/ttyUSB-not-here does not exist\. Check that the cable is plugged in/,
    );
  }, 120_000);
});
