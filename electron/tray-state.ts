import type { Snapshot } from '../src/bridge/api.js';

export type TrayState = 'ok' | 'attention' | 'offline';

export interface TrayLook {
  state: TrayState;
  tooltip: string;
}

/** offline/unauthorized → offline; Mews not answering (degraded), a device needing attention, a failed command or paused → attention. */
export function trayLook(s: Snapshot | null): TrayLook {
  if (!s) return { state: 'offline', tooltip: 'Mews Device Bridge — starting…' };
  const c = s.connection;
  if (c.status === 'offline' || c.status === 'unauthorized' || c.status === 'stopped') {
    const why = c.reason ?? (c.status === 'unauthorized' ? 'Mews rejected the tokens' : 'not connected to Mews');
    return { state: 'offline', tooltip: `Mews Device Bridge — Offline: ${why}` };
  }
  const problems: string[] = [];
  if (c.status === 'degraded') problems.push(c.reason ?? 'Mews is not answering');
  for (const d of s.devices)
    if (d.enabled && (d.health === 'attention' || d.health === 'offline'))
      problems.push(`${d.name}: ${d.detail ?? (d.health === 'offline' ? 'offline' : 'needs attention')}`);
  const failed = s.commands.filter((x) => x.phase === 'failed' && !x.dismissed).length;
  if (failed) problems.push(failed === 1 ? '1 failed command' : `${failed} failed commands`);
  const paused = c.paused ? ' (paused)' : '';
  if (problems.length) return { state: 'attention', tooltip: `Mews Device Bridge — Needs attention: ${problems.join('; ')}${paused}` };
  if (c.status === 'connecting') return { state: 'attention', tooltip: `Mews Device Bridge — Connecting to Mews…${paused}` };
  if (c.paused) return { state: 'attention', tooltip: 'Mews Device Bridge — Paused: commands wait in Mews until resumed' };
  return { state: 'ok', tooltip: 'Mews Device Bridge — All well' };
}
