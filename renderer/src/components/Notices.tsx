import type { Notice } from '../use-bridge.js';

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: number) => void }) {
  return (
    <div className="notices" aria-live="polite" aria-relevant="additions" data-testid="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.level}`} role={n.level === 'error' ? 'alert' : 'status'}>
          <span>
            {n.message}
            {n.count > 1 && <strong className="notice-count"> ×{n.count}</strong>}
          </span>
          <button type="button" className="btn btn-quiet" onClick={() => onDismiss(n.id)} aria-label="Dismiss message">
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
