/** Shown when the dashboard is opened without its access token. */
export function MissingToken() {
  return (
    <main id="main" className="missing-token" data-testid="missing-token">
      <section className="panel">
        <h1>Open the dashboard with its link</h1>
        <p>
          For safety, this page needs the access key the bridge prints when it starts, e.g.{' '}
          <code>http://127.0.0.1:7341/#token=…</code>. Copy the whole link from the bridge’s console or log and open it.
        </p>
        <p>
          The bridge’s status is always readable at <a href="/api/status">/api/status</a>.
        </p>
      </section>
    </main>
  );
}
