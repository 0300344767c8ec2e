import type { DeviceConfig } from '../config/schema.js';
import type { DeviceStatus, Driver } from '../devices/driver.js';
import type { MewsDevice } from '../mews/wire.js';
import type { Logger } from '../util/logger.js';
import { DeviceSlot } from './device-slot.js';
import type { ProblemLog } from './problem-log.js';
import { deviceAddress, openToNetwork } from './views.js';

export interface DeviceSetDeps {
  /** Builds the driver of one configured device. */
  createDriver: (device: DeviceConfig) => Driver;
  /** Runs one command on a slot (the runner); the slot calls it for each command in its FIFO. */
  run: (commandId: string, slot: DeviceSlot) => Promise<void>;
  /** Lists the enterprise's devices in Mews. */
  getMewsDevices: () => Promise<MewsDevice[]>;
  /** A device's status, queue or health changed. */
  onDevice: (deviceId: string) => void;
  /** A command's place in a device's queue changed (it started, or others moved). */
  onCommand: (commandId: string) => void;
  log: Logger;
  /** Device problems logged once when they start and once when they end. */
  problems: ProblemLog;
}

/**
 * The configured devices this bridge runs: one slot (driver + FIFO) per enabled device, kept in
 * step with the settings, plus what Mews says exists (so a typo in a device Id shows up).
 */
export class DeviceSet {
  private readonly slots = new Map<string, DeviceSlot>();
  /** Per device: stops listening to its driver's status (before the driver is stopped, so "closed" is no problem). */
  private readonly unlisten = new Map<string, () => void>();
  /** The status last given to the problem log, per device: the same status seen again is not another occurrence. */
  private readonly logged = new Map<string, DeviceStatus>();
  /** Ids of the enterprise's devices in Mews (lower case), once read; a configured id missing there is a typo. */
  mewsDeviceIds: ReadonlySet<string> | null = null;

  constructor(private readonly deps: DeviceSetDeps) {}

  get(deviceId: string): DeviceSlot | undefined {
    return this.slots.get(deviceId);
  }

  all(): IterableIterator<DeviceSlot> {
    return this.slots.values();
  }

  /** Starts a driver for `device`; a device that does not start is retried by its driver. */
  async add(device: DeviceConfig): Promise<void> {
    if (openToNetwork(device))
      this.deps.log.warn(
        { device: device.name, address: deviceAddress(device), fix: 'set connection.allowedPeers to the lock server address' },
        'Lock-system listener open to every computer on the network (no allowedPeers): any of them may take over the link',
      );
    const driver = this.deps.createDriver(device);
    const slot = new DeviceSlot(device, driver, this.deps.run, (commandId) => {
      if (commandId) this.deps.onCommand(commandId);
      this.deps.onDevice(device.id);
    });
    this.slots.set(device.id, slot);
    this.stopListening(device.id);
    this.unlisten.set(
      device.id,
      driver.onStatus(() => {
        this.logHealth(device, driver);
        this.deps.onDevice(device.id);
      }),
    );
    try {
      await driver.start();
    } catch (err) {
      this.deps.log.warn({ device: device.name, err: String(err) }, 'Device did not start; it will be retried by its driver');
    }
    this.logHealth(device, driver);
  }

  /** A device problem (offline, paper out, …) is logged when it starts and when it ends, not at every status poll. */
  private logHealth(device: DeviceConfig, driver: Driver): void {
    const status = driver.status();
    // Read again after start() without a change in between (boards keep the same object until a change).
    if (this.logged.get(device.id) === status) return;
    this.logged.set(device.id, status);
    const { health, detail } = status;
    const key = `device:${device.id}`;
    if (health === 'attention' || health === 'offline')
      this.deps.problems.failing(key, `Device problem on ${device.name}: ${detail ?? health}`, { device: device.name, health, detail });
    else if (health === 'online' || health === 'busy')
      this.deps.problems.ok(key, `Device ${device.name} is ready again`, { device: device.name });
  }

  /**
   * Replaces the device set (after a settings change). Unchanged devices keep running; a changed one
   * is restarted and keeps its waiting commands; a removed one hands its waiting commands to `orphaned`.
   */
  async apply(devices: DeviceConfig[], orphaned: (commandIds: string[], device: DeviceConfig) => void): Promise<void> {
    const next = new Map(devices.filter((d) => d.enabled).map((d) => [d.id, d]));
    for (const [id, slot] of [...this.slots]) {
      const nd = next.get(id);
      if (nd && JSON.stringify(nd) === JSON.stringify(slot.config)) {
        next.delete(id);
        continue;
      }
      const left = await slot.close(false);
      this.stopListening(id);
      await slot.driver.stop().catch(() => undefined);
      this.slots.delete(id);
      this.deps.problems.ok(`device:${id}`, `Device ${slot.config.name} closed`, { device: slot.config.name });
      if (nd) this.deps.log.info({ device: nd.name, driver: nd.driver, address: deviceAddress(nd) }, 'Device settings changed');
      else this.deps.log.info({ device: slot.config.name }, 'Device removed');
      if (nd) {
        await this.add(nd);
        next.delete(id);
        for (const q of left) this.slots.get(id)!.enqueue(q);
      } else orphaned(left, slot.config);
    }
    for (const d of next.values()) {
      this.deps.log.info({ device: d.name, driver: d.driver, address: deviceAddress(d) }, 'Device added');
      await this.add(d);
    }
    this.mewsDeviceIds = null; // the device set changed: look again before flagging anything
  }

  /** Reads the device list from Mews and flags configured ids it does not know. */
  async checkKnown(): Promise<void> {
    try {
      this.mewsDeviceIds = new Set((await this.deps.getMewsDevices()).map((d) => d.Id.toLowerCase()));
    } catch (err) {
      this.deps.log.debug({ err: String(err) }, 'Could not list devices in Mews');
      return;
    }
    for (const slot of this.slots.values())
      if (!this.mewsDeviceIds.has(slot.config.id.toLowerCase())) {
        this.deps.log.warn({ device: slot.config.name, id: slot.config.id }, 'Mews has no device with this Id');
        this.deps.onDevice(slot.config.id);
      }
  }

  /** Stops every driver (after the slots have been closed). */
  async stopDrivers(): Promise<void> {
    for (const [id, s] of this.slots) {
      this.stopListening(id);
      await s.driver.stop().catch(() => undefined);
    }
  }

  private stopListening(deviceId: string): void {
    this.unlisten.get(deviceId)?.();
    this.unlisten.delete(deviceId);
    this.logged.delete(deviceId);
  }
}
