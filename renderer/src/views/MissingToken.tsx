import { useEffect, useState } from 'react';

/** Shown when the dashboard is opened without its access token: says where the full link is kept. */
export function MissingToken() {
  const [linkFile, setLinkFile] = useState<string | null>(null);
  useEffect(() => {
    fetch('/api/link-help')
      .then((r) => (r.ok ? (r.json() as Promise<{ linkFile: string | null }>) : null))
      .then((h) => setLinkFile(h?.linkFile ?? null))
      .catch(() => undefined);
  }, []);
  return (
    <main id="main" className="missing-token" data-testid="missing-token">
      <section className="panel">
        <h1>Open the dashboard with its link</h1>
        <p>
          For safety, this page needs the access key that is part of the bridge’s link, e.g. <code>http://127.0.0.1:7341/#token=…</code>.
          The link stays the same when the bridge restarts, so a bookmark of the whole link keeps working.
        </p>
        <p data-testid="link-file">
          The link is kept in{' '}
          {linkFile ? (
            <code>{linkFile}</code>
          ) : (
            <>
              the file <code>dashboard-link.txt</code> in the bridge’s data folder
            </>
          )}
          , readable only by the account that runs the bridge. It is also printed when the bridge starts in a terminal.
        </p>
        <p>
          The bridge’s status is always readable at <a href="/api/status">/api/status</a>.
        </p>
      </section>
    </main>
  );
}
