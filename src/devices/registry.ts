import type { DeviceConfig } from '../config/schema.js';
import type { Driver } from './driver.js';
import { NullDriver } from './null/null-driver.js';
import { escposFactory } from './escpos/index.js';
import { systemFactory } from './system/index.js';
import { registerLockDrivers } from './lock/register-lock-drivers.js';

export interface DriverDeps {
  /** Directory for driver state (previews, …). */
  dataDir: string;
  /** Version string for test prints. */
  version: string;
}

type Factory<K extends DeviceConfig['driver']> = (device: Extract<DeviceConfig, { driver: K }>, deps: DriverDeps) => Driver;

const factories: { [K in DeviceConfig['driver']]?: Factory<K> } = {
  // The null driver can append each execution to a file named by BRIDGE_NULL_EXECUTION_LOG (crash tests, soak).
  null: (d) => new NullDriver(d.id, { ...d.options, executionLog: process.env.BRIDGE_NULL_EXECUTION_LOG }),
  escpos: escposFactory,
  system: systemFactory,
};

/** Drivers register themselves here; the bridge asks for one per configured device. */
export function registerDriver<K extends DeviceConfig['driver']>(kind: K, factory: Factory<K>): void {
  (factories as Record<string, unknown>)[kind] = factory;
}

export function createDriver(device: DeviceConfig, deps: DriverDeps): Driver {
  const factory = factories[device.driver] as Factory<typeof device.driver> | undefined;
  if (!factory) throw new Error(`No driver "${device.driver}" is available in this build`);
  return factory(device, deps);
}

registerLockDrivers(registerDriver);
