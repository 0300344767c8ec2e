import { describe, expect, it } from 'vitest';
import { emptyForm, formFromConfig, formToInput } from '../../renderer/src/device-form.js';
import { parseDevice } from '../../src/config/validate.js';

describe('device form', () => {
  it('round-trips a FIAS listener with its allowed lock-server addresses', () => {
    const device = parseDevice({
      id: '20000000-0000-4000-8000-000000000020',
      name: 'Saflok',
      driver: 'fias',
      connection: { type: 'tcp-listen', host: '0.0.0.0', port: 8265, allowedPeers: ['192.168.1.20', '192.168.1.21'] },
    });
    const form = formFromConfig(device);
    expect(form.allowedPeers).toBe('192.168.1.20, 192.168.1.21');
    expect(parseDevice(formToInput(form))).toEqual(device);
  });

  it('leaves allowedPeers out when the field is empty, and only sends it for a listener', () => {
    const listen = formToInput({
      ...emptyForm(),
      id: '20000000-0000-4000-8000-000000000021',
      name: 'F',
      driver: 'fias',
      connType: 'tcp-listen',
      port: '8265',
      allowedPeers: ' ',
    });
    expect((listen as { connection: object }).connection).toEqual({ type: 'tcp-listen', host: '0.0.0.0', port: 8265 });
    const tcp = formToInput({
      ...emptyForm(),
      id: '20000000-0000-4000-8000-000000000022',
      name: 'P',
      driver: 'escpos',
      connType: 'tcp',
      host: '10.0.0.5',
      port: '9100',
      allowedPeers: '1.2.3.4',
    });
    expect((tcp as { connection: object }).connection).toEqual({ type: 'tcp', host: '10.0.0.5', port: 9100 });
  });
});
