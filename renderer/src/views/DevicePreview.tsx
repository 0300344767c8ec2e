import { useEffect, useState } from 'react';
import type { BridgeApi } from '../../../src/bridge/api.js';
import { useT } from '../i18n/i18n.js';

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
  const { t } = useT();
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
      <figcaption>{what === 'page' ? t('preview.page') : t('preview.receipt')}</figcaption>
      {src ? (
        <img src={src} alt={what === 'page' ? t('preview.pageAlt') : t('preview.receiptAlt')} data-testid="preview-image" />
      ) : (
        <p className="muted">{src === undefined ? t('preview.loading') : t('preview.nothing')}</p>
      )}
    </figure>
  );
}
