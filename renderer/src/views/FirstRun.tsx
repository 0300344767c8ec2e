import type { PublicSettings } from '../../../src/bridge/api.js';
import type { Tab } from '../App.js';

/** Shown until Mews tokens are set and at least one device exists. */
export function FirstRun({ settings, onGo }: { settings: PublicSettings; onGo: (t: Tab) => void }) {
  const tokens = settings.mews.clientTokenSet && settings.mews.accessTokenSet;
  const devices = settings.devices.length > 0;
  if (tokens && devices) return null;
  return (
    <section className="panel first-run" aria-labelledby="first-run-title" data-testid="first-run">
      <h2 id="first-run-title">Getting started</h2>
      <ol className="steps">
        <li className={tokens ? 'step-done' : undefined}>
          <strong>Connect to Mews.</strong> Enter the Client token and Access token from Mews (Marketplace → Device Bridge).{' '}
          {!tokens && (
            <button type="button" className="btn btn-link" onClick={() => onGo('connection')}>
              Open Connection
            </button>
          )}
        </li>
        <li className={devices ? 'step-done' : undefined}>
          <strong>Add your printers and encoders.</strong> Use the device Id Mews shows for each device.{' '}
          {!devices && (
            <button type="button" className="btn btn-link" onClick={() => onGo('devices')}>
              Add a device
            </button>
          )}
        </li>
        <li>
          <strong>Reconnect.</strong> Mews sends commands for new devices only after a reconnect.
        </li>
      </ol>
    </section>
  );
}
