import { describe, expect, it } from 'vitest';
import { problemNote, statusWords, summarizeReasons } from '../../../src/devices/system/state-reasons.js';

describe('printer-state-reasons in words for staff', () => {
  it('turns each blocking reason into what to do, with or without the severity suffix', () => {
    expect(problemNote('Office', ['media-empty-error'], 'stopped', true)).toBe(
      'The printer "Office" is out of paper. Refill the paper tray; the document will print when it is ready.',
    );
    expect(problemNote('Office', ['media-jam'], 'stopped', false)).toBe(
      'The printer "Office" has a paper jam. Open the printer and remove the jammed paper.',
    );
    expect(problemNote('Office', ['door-open-error', 'toner-empty'], 'stopped', false)).toBe(
      'The printer "Office" has a door or cover open and is out of toner. Close the printer door and replace the toner cartridge.',
    );
    expect(problemNote('Office', ['offline-report'], 'idle', false)).toBeNull();
    expect(problemNote('Office', ['offline'], 'idle', false)).toMatch(/is offline\. Check that the printer is switched on and connected/);
    expect(problemNote('Office', ['paused'], 'stopped', true)).toMatch(
      /is paused in the print settings of this computer\. Resume the printer/,
    );
  });

  it('a warning (low paper, low toner) or a CUPS bookkeeping reason never blocks a job', () => {
    expect(summarizeReasons(['media-low-warning', 'toner-low', 'cups-waiting-for-job-completed', 'none'])).toEqual({
      blocking: [],
      warnings: ['media-low', 'toner-low'],
    });
    expect(problemNote('Office', ['toner-low-warning'], 'processing', true)).toBeNull();
    expect(statusWords(['toner-low-warning'], 'idle')).toBe('Low on toner');
  });

  it('a stopped printer with no reason still counts as stopped; unknown reasons are named', () => {
    expect(problemNote('Office', [], 'stopped', false)).toMatch(/paused/);
    expect(summarizeReasons(['spool-area-full-error']).blocking).toEqual(['spool-area-full']);
    expect(problemNote('Office', ['spool-area-full-error'], 'idle', false)).toBe(
      'The printer "Office" reports "spool-area-full". Check the printer display.',
    );
  });
});
