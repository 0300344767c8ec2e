import type { DeviceHealth, DeviceStatus } from '../driver.js';

/** Holds a driver's current status and tells subscribers when it changes. */
export class StatusBoard {
  private current: DeviceStatus = { health: 'unknown', detail: null, flags: {}, updatedAt: new Date().toISOString() };
  private readonly listeners = new Set<(s: DeviceStatus) => void>();

  get(): DeviceStatus {
    return this.current;
  }

  set(health: DeviceHealth, detail: string | null, flags: Record<string, boolean> = {}): void {
    const same =
      this.current.health === health && this.current.detail === detail && JSON.stringify(this.current.flags) === JSON.stringify(flags);
    if (same) return;
    this.current = { health, detail, flags, updatedAt: new Date().toISOString() };
    for (const l of [...this.listeners]) l(this.current);
  }

  subscribe(listener: (s: DeviceStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
