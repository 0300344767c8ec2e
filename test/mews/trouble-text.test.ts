import { describe, expect, it } from 'vitest';
import { MewsApiError, mewsTroubleText } from '../../src/mews/errors.js';

describe('mewsTroubleText (the connection reason staff and admins read)', () => {
  it('a network failure worded as a sentence reads as one sentence with "; retrying", not ".; retrying"', () => {
    const err = new MewsApiError(
      'network',
      'Cannot reach Mews: 127.0.0.1:18600 refused the connection. Check the address and port, and that the device or service there is switched on.',
    );
    expect(mewsTroubleText(err)).toBe(
      'Cannot reach Mews: 127.0.0.1:18600 refused the connection. Check the address and port, and that the device or service there is switched on; retrying',
    );
  });

  it('a reason without a final stop keeps its words', () => {
    expect(mewsTroubleText(new MewsApiError('network', 'Cannot reach Mews: ENOTFOUND api.mews.com'))).toBe(
      'Cannot reach Mews: ENOTFOUND api.mews.com; retrying',
    );
    expect(mewsTroubleText(new MewsApiError('server', 'Something went wrong on our end.', 503))).toBe(
      'Mews answers 503 — service unavailable; retrying',
    );
  });
});
