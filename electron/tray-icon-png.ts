import { PNG } from 'pngjs';
import type { TrayState } from './tray-state.js';

/** Green / amber / red: the tray colour staff read at a glance. */
export const TRAY_COLOURS: Record<TrayState, [number, number, number]> = {
  ok: [22, 163, 74],
  attention: [217, 119, 6],
  offline: [220, 38, 38],
};

/** A filled, dark-ringed circle as PNG; drawn in code so the app ships no binary icons for it. */
export function trayIconPng(state: TrayState, size = 32): Buffer {
  const png = new PNG({ width: size, height: size });
  const [r, g, b] = TRAY_COLOURS[state];
  const c = (size - 1) / 2;
  const outer = size / 2 - 0.5;
  const ring = Math.max(1, size / 16);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - c, y - c);
      const i = (y * size + x) * 4;
      const alpha = Math.max(0, Math.min(1, outer - d + 0.5));
      const inRing = d > outer - ring;
      png.data[i] = inRing ? 17 : r;
      png.data[i + 1] = inRing ? 24 : g;
      png.data[i + 2] = inRing ? 39 : b;
      png.data[i + 3] = Math.round(alpha * 255);
    }
  return PNG.sync.write(png);
}
