import { afterEach, describe, expect, it } from 'vitest';
import { englishNote } from '../../src/i18n/render-note.js';
import { parseCommand } from '../../src/bridge/command-data.js';
import { isPdfFileType } from '../../src/bridge/is-pdf-file-type.js';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import { commandSchema } from '../../src/mews/wire.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { bridgeConfig, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
const PNG = Buffer.from('\x89PNG\r\n\x1a\n not a pdf', 'latin1').toString('base64');

const printCommand = (FileType: string, FileData = PDF) =>
  commandSchema.parse({
    Id: 'c',
    State: 'Pending',
    CreatedUtc: 'x',
    Device: { Id: 'd', Name: 'Desk', Type: 'Printer' },
    Data: { CopyCount: 1, FileType, FileData },
  });

describe('FileType: every common spelling of the PDF media type is a PDF', () => {
  it.each([
    'application/pdf',
    'pdf',
    'PDF',
    '.pdf',
    'Application/PDF',
    ' application/pdf ',
    'application/pdf; charset=binary',
    'application/x-pdf',
    'application/acrobat',
    'applications/vnd.pdf',
    'text/pdf',
    'text/x-pdf',
  ])('"%s" is accepted', (type) => {
    expect(isPdfFileType(type)).toBe(true);
    expect(parseCommand(printCommand(type)).ok).toBe(true);
  });

  it('a PDF document labelled with another type still prints (the bytes decide)', () => {
    for (const type of ['application/octet-stream', '', 'binary']) expect(parseCommand(printCommand(type)).ok).toBe(true);
  });

  it('a document that is not a PDF and not labelled as one gets a note that does not contradict itself', () => {
    const parsed = parseCommand(printCommand('image/png', PNG));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(englishNote(parsed.note)).toBe('Mews sent a document of type "image/png"; this bridge prints PDF documents only.');
  });
});

describe('FileType "pdf" through the whole pipeline (field case)', () => {
  let mews: FakeMews;
  let bridge: BridgeService | undefined;
  const dir = tempDir();
  afterEach(async () => {
    await bridge?.stop();
    await mews?.close();
  });

  it('a printer command with FileType "pdf" is printed and Processed, not refused', async () => {
    mews = await startMews();
    const p = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
    bridge = await startBridge(bridgeConfig(mews, `${dir.path}/pdf-type`, [{ id: p.Id, name: 'Desk', driver: 'null' }]));
    await waitFor(() => mews.socketCount() === 1, 'socket');
    const id = mews.store.addRawCommand(p.Id, { CopyCount: 1, FileType: 'pdf', FileData: PDF }).Id;
    await waitFor(() => mews.store.commands.get(id)!.State === 'Processed', 'the command to be processed', 20_000);
    for (const u of mews.store.updatesFor(id)) expect(u.Notes ?? '').not.toMatch(/only PDF/);
  });
});
