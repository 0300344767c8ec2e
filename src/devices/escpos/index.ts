import type { DeviceConfig } from '../../config/schema.js';
import type { Driver } from '../driver.js';
import { EscposDriver, type EscposDevice } from './escpos-driver.js';

export { EscposDriver, type EscposDevice, type EscposDriverTuning } from './escpos-driver.js';

/**
 * Factory for the registry's table. The registry imports this module, so calling registerDriver()
 * from here would run before the registry's table exists (ES module cycle); it lists it instead.
 */
export function escposFactory(device: Extract<DeviceConfig, { driver: 'escpos' }>, deps: { version: string }): Driver {
  return new EscposDriver(device satisfies EscposDevice, deps.version);
}
