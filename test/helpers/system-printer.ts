import type { SystemPrinter } from '../../src/bridge/api.js';

/** An OS printer as `listSystemPrinters()` reports it: idle, accepting jobs, supporting nothing unless `p` says so. */
export function systemPrinter(p: Partial<SystemPrinter> & Pick<SystemPrinter, 'name'>): SystemPrinter {
  return {
    info: null,
    uri: null,
    state: 'idle',
    reasons: [],
    problem: null,
    isDefault: false,
    acceptingJobs: true,
    makeAndModel: null,
    location: null,
    driverName: null,
    portName: null,
    supported: { media: [], mediaDefault: null, sides: [], mediaSources: [], colorModes: [] },
    ...p,
  };
}
