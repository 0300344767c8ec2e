import { useEffect, useState } from 'react';
import type { BridgeApi } from '../../../src/bridge/api.js';

/** The last receipt the printer printed, as the bridge rasterised it (`page`: the last page an office printer printed). */
export function DevicePreview({
  api,
  deviceId,
  refresh,
  what = 'receipt',
}: {
  api: BridgeApi;
  deviceId: string;
  refresh: number;
  what?: 'receipt' | 'page';
}) {
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
      <figcaption>{what === 'page' ? 'Last page printed' : 'Last printed receipt'}</figcaption>
      {src ? (
        <img src={src} alt={`Preview of the last ${what} this printer printed`} data-testid="preview-image" />
      ) : (
        <p className="muted">{src === undefined ? 'Loading…' : 'Nothing printed yet. Use “Test print” to check the printer.'}</p>
      )}
    </figure>
  );
}
