/** Test helpers share the simulators' PDF writer and sample documents. */
export * from '../../src/sim/sample-pdf.js';
