import { join } from 'node:path';
import type { DeviceConfig } from '../../config/schema.js';
import type { DriverDeps, registerDriver as RegisterDriver } from '../registry.js';
import { FiasDriver } from '../fias/fias-driver.js';
import { KeycutterDriver } from '../keycutter/keycutter-driver.js';
import { SaltoDriver } from '../salto/salto-driver.js';
import { sharedStayMemory } from './stay-memory.js';

type LockDevice = Extract<DeviceConfig, { driver: 'salto' | 'fias' | 'keycutter' }>;

/** Adds the key-card encoder drivers (`salto`, `fias`, `keycutter`) to the registry. */
export function registerLockDrivers(register: typeof RegisterDriver): void {
  const settings = (d: LockDevice, deps: DriverDeps) => ({
    connection: d.connection,
    options: d.options,
    stays: sharedStayMemory(join(deps.dataDir, 'lock-stays.json')),
  });
  register('salto', (d: LockDevice, deps) => new SaltoDriver(settings(d, deps)));
  register('fias', (d: LockDevice, deps) => new FiasDriver(settings(d, deps)));
  register('keycutter', (d: LockDevice, deps) => new KeycutterDriver(settings(d, deps)));
}
