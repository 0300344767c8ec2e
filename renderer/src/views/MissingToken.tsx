import { useEffect, useState } from 'react';
import { Trans } from 'react-i18next';
import { useT } from '../i18n/i18n.js';

/** Shown when the dashboard is opened without its access token: says where the full link is kept. */
export function MissingToken() {
  const { t } = useT();
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
        <h1>{t('missingToken.title')}</h1>
        <p>
          <Trans i18nKey="missingToken.why" components={{ code: <code /> }} />
        </p>
        <p data-testid="link-file">
          {linkFile ? (
            <Trans i18nKey="missingToken.keptIn" values={{ file: linkFile }} components={{ code: <code /> }} />
          ) : (
            <Trans i18nKey="missingToken.keptInDefault" components={{ code: <code /> }} />
          )}
        </p>
        <p>
          <Trans i18nKey="missingToken.status" components={{ link: <a href="/api/status" /> }} />
        </p>
      </section>
    </main>
  );
}
