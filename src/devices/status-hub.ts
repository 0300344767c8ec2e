import type { DeviceStatus } from './driver.js';

/**
 * A driver's published status: the current value plus listeners, told only when something changed
 * (health, detail or flags). Drivers call `set`; the bridge reads `current` and subscribes with `on`.
 */
export class StatusHub {
  private value: DeviceStatus = { health: 'unknown', detail: 'Not started', flags: {}, updatedAt: new Date().toISOString() };
  private readonly listeners = new Set<(s: DeviceStatus) => void>();

  get current(): DeviceStatus {
    return this.value;
  }

  on(listener: (status: DeviceStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  set(s: Omit<DeviceStatus, 'updatedAt'>): void {
    const c = this.value;
    if (c.health === s.health && c.detail === s.detail && JSON.stringify(c.flags) === JSON.stringify(s.flags)) return;
    this.value = { ...s, updatedAt: new Date().toISOString() };
    for (const l of this.listeners) l(this.value);
  }
}
