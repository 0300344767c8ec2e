import { useEffect, useState } from 'react';
import type { BridgeApi } from '../../../src/bridge/api.js';

/** The last receipt the printer printed, as the bridge rasterised it. */
export function DevicePreview({ api, deviceId, refresh }: { api: BridgeApi; deviceId: string; refresh: number }) {
  const [src, setSrc] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    api.getDevicePreview(deviceId).then(
      (url) => live && setSrc(url && url.startsWith('data:image/png;base64,') ? url : null),
      () => live && setSrc(null),
    );
    return () => {
      live = false;
    };
  }, [api, deviceId, refresh]);
  return (
    <figure className="preview" data-testid="preview">
      <figcaption>Last printed receipt</figcaption>
      {src ? (
        <img src={src} alt="Preview of the last receipt this printer printed" data-testid="preview-image" />
      ) : (
        <p className="muted">{src === undefined ? 'Loading…' : 'Nothing printed yet. Use “Test print” to check the printer.'}</p>
      )}
    </figure>
  );
}
