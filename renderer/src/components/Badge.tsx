import type { ReactNode } from 'react';
import type { Tone } from '../format.js';

const ICON: Record<Tone, string> = { ok: '✓', busy: '◐', warn: '•', bad: '!', muted: '–' };

/** State pill: colour plus an icon and words, so it never depends on colour alone. */
export function Badge({ tone, children, testId }: { tone: Tone; children: ReactNode; testId?: string }) {
  return (
    <span className={`badge badge-${tone}`} data-testid={testId}>
      <span className="badge-icon" aria-hidden="true">
        {ICON[tone]}
      </span>
      {children}
    </span>
  );
}
