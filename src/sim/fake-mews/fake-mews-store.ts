import { randomUUID } from 'node:crypto';

/** The fake Mews's data: devices, commands and every update a client sent. */

export type State = 'Pending' | 'Received' | 'Processing' | 'Processed' | 'Cancelled' | 'Error';
export const FINAL: ReadonlySet<State> = new Set(['Processed', 'Cancelled', 'Error']);

export interface FakeDevice {
  Id: string;
  Name: string;
  Type: string;
  Identifier?: string | null;
}

export interface FakeCommand {
  Id: string;
  State: State;
  CreatedUtc: string;
  Creator: { FirstName: string | null; LastName: string; ImageUrl: string | null } | null;
  Device: FakeDevice;
  Data: unknown;
}

export interface RecordedUpdate {
  CommandId: string;
  State: State;
  Progress?: number | null;
  Notes?: string | null;
  at: number;
}

export interface KeyCutterExtras {
  KeyCutterId?: string | null;
  ApiUrl?: string | null;
  KeyCutterData?: string | null;
  LockIds?: string[];
  StartUtc?: string;
  EndUtc?: string;
  FirstName?: string | null;
  LastName?: string;
  Telephone?: string | null;
  Email?: string | null;
  ReservationNumber?: string | null;
  ReservationId?: string | null;
}

/** Stands for a long run of "A" in FileData; the server expands it while it streams the answer. */
export const HUGE_MARK = '\u0000huge:';

export class FakeMewsStore {
  readonly devices = new Map<string, FakeDevice>();
  readonly commands = new Map<string, FakeCommand>();
  readonly updates: RecordedUpdate[] = [];
  private readonly listeners = new Set<(c: FakeCommand) => void>();

  onChange(l: (c: FakeCommand) => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  addDevice(d: Omit<FakeDevice, 'Id'> & { Id?: string }): FakeDevice {
    const dev = { Identifier: null, ...d, Id: d.Id ?? randomUUID() };
    this.devices.set(dev.Id, dev);
    return dev;
  }

  /** As `commands/addPrinter` does. */
  addPrinterCommand(printerId: string, pdfBase64: string, copyCount = 1): FakeCommand {
    const device = this.requireDevice(printerId, 'Printer');
    return this.create(device, {
      CopyCount: copyCount,
      FileType: 'application/pdf',
      FileData: pdfBase64,
      PrinterName: device.Name,
      PrinterDriverName: '',
      PrinterPortName: '',
    });
  }

  /**
   * A print command whose base64 document is `bytes` long, never held in memory: the server streams it (all "A")
   * wherever the command appears in an answer. For tests of bounded reading.
   */
  addHugePrinterCommand(printerId: string, bytes: number): FakeCommand {
    return this.addPrinterCommand(printerId, `${HUGE_MARK}${bytes}`);
  }

  /** As `commands/addKeyCutter` does, with the reservation's details filled in. */
  addKeyCutterCommand(keyCutterId: string, keyCount: number, extras: KeyCutterExtras = {}): FakeCommand {
    const device = this.requireDevice(keyCutterId, 'KeyCutter');
    const now = Date.now();
    return this.create(device, {
      KeyCutterId: extras.KeyCutterId ?? device.Identifier ?? '1',
      ApiUrl: extras.ApiUrl ?? null,
      KeyCutterData: extras.KeyCutterData ?? JSON.stringify({ Type: 'IndustryStandardProtocol' }),
      KeyCount: keyCount,
      LockIds: extras.LockIds ?? ['206'],
      StartUtc: extras.StartUtc ?? new Date(now).toISOString().replace(/\.\d+Z$/, 'Z'),
      EndUtc: extras.EndUtc ?? new Date(now + 2 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z'),
      FirstName: extras.FirstName ?? 'John',
      LastName: extras.LastName ?? 'Smith',
      NormalizedFirstName: extras.FirstName ?? 'John',
      NormalizedLastName: extras.LastName ?? 'Smith',
      Telephone: extras.Telephone ?? null,
      Email: extras.Email ?? null,
      ReservationId: extras.ReservationId === undefined ? randomUUID() : extras.ReservationId,
      ReservationNumber: extras.ReservationNumber ?? '1234',
    });
  }

  /** A command with arbitrary (possibly invalid) data, for fault tests. */
  addRawCommand(deviceId: string, data: unknown): FakeCommand {
    const device = this.devices.get(deviceId);
    if (!device) throw new Error(`Invalid DeviceId ${deviceId}`);
    return this.create(device, data);
  }

  /** A user cancels the command in Mews. */
  cancel(id: string): void {
    const c = this.commands.get(id);
    if (!c || FINAL.has(c.State)) return;
    c.State = 'Cancelled';
    this.changed(c);
  }

  applyUpdate(u: Omit<RecordedUpdate, 'at'>): void {
    const c = this.commands.get(u.CommandId)!;
    c.State = u.State;
    this.updates.push({ ...u, at: Date.now() });
    this.changed(c);
  }

  active(): FakeCommand[] {
    return [...this.commands.values()].filter((c) => c.State === 'Pending' || c.State === 'Received');
  }

  updatesFor(id: string): RecordedUpdate[] {
    return this.updates.filter((u) => u.CommandId === id);
  }

  private create(device: FakeDevice, data: unknown): FakeCommand {
    const cmd: FakeCommand = {
      Id: randomUUID(),
      State: 'Pending',
      CreatedUtc: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      Creator: { FirstName: 'Anna', LastName: 'Reception', ImageUrl: null },
      Device: { ...device },
      Data: data,
    };
    this.commands.set(cmd.Id, cmd);
    this.changed(cmd);
    return cmd;
  }

  private requireDevice(id: string, type: string): FakeDevice {
    const d = this.devices.get(id);
    if (!d || d.Type !== type) throw new Error(`Invalid ${type === 'Printer' ? 'PrinterId' : 'KeyCutterId'}.`);
    return d;
  }

  private changed(c: FakeCommand): void {
    for (const l of this.listeners) l(c);
  }
}
