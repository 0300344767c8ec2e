import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import yazl from 'yazl';
import type { BridgeService } from '../bridge/bridge-service.js';
import { scrub } from '../util/logger.js';
import { scrubGuestDataInJson } from '../util/guest-data.js';
import { publicSnapshot } from '../bridge/views.js';
import type { RotatingFile } from '../util/rotating-file.js';
import { BRIDGE_VERSION } from '../version.js';

export interface DiagnosticsSources {
  /** The settings (tokens are redacted here), the status snapshot and the journal. */
  service: Pick<BridgeService, 'config' | 'getSnapshot' | 'journalEntries'>;
  logFile: RotatingFile | null;
  logLines?: number;
}

/**
 * Everything support needs in one zip, with every token and all guest data removed from every file: the status
 * is the token-less public one (no creator, summaries cut to their first part), unfinished journal entries are
 * listed without summary or creator, and every file is scrubbed of known guest values and e-mail addresses.
 */
export async function writeDiagnostics(outPath: string, src: DiagnosticsSources): Promise<string> {
  const files = await collectDiagnostics(src);
  mkdirSync(dirname(outPath), { recursive: true });
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files)) zip.addBuffer(Buffer.from(content, 'utf8'), name);
  zip.end();
  const out = createWriteStream(outPath);
  zip.outputStream.pipe(out);
  await once(out, 'close');
  return outPath;
}

export async function collectDiagnostics(src: DiagnosticsSources): Promise<Record<string, string>> {
  const cfg = src.service.config;
  const secrets = [cfg.mews.clientToken, cfg.mews.accessToken];
  const redacted = {
    ...cfg,
    mews: {
      ...cfg.mews,
      clientToken: cfg.mews.clientToken ? '[set, redacted]' : '',
      accessToken: cfg.mews.accessToken ? '[set, redacted]' : '',
    },
  };
  const snapshot = publicSnapshot(await src.service.getSnapshot());
  const journal = src.service.journalEntries();
  const byOutcome: Record<string, number> = {};
  for (const e of journal) {
    const k = e.phase === 'final' ? `final:${e.outcome?.state}${e.reported ? '' : ' (not yet reported)'}` : e.phase;
    byOutcome[k] = (byOutcome[k] ?? 0) + 1;
  }
  const files: Record<string, string> = {
    'README.txt': `Mews Device Bridge ${BRIDGE_VERSION} diagnostics, ${new Date().toISOString()}.\nTokens and guest data are removed from every file.\n`,
    'config.json': JSON.stringify(redacted, null, 2),
    'status.json': JSON.stringify(snapshot, null, 2),
    'journal-summary.json': JSON.stringify(
      {
        total: journal.length,
        byOutcome,
        unfinished: journal
          .filter((e) => e.phase !== 'final' || !e.reported)
          .map(({ creator: _creator, summary: _summary, summaryParts: _parts, ...rest }) => rest),
      },
      null,
      2,
    ),
    'versions.json': JSON.stringify(
      {
        bridge: BRIDGE_VERSION,
        node: process.versions.node,
        electron: process.versions.electron ?? null,
        platform: process.platform,
        arch: process.arch,
      },
      null,
      2,
    ),
    'log-tail.txt': src.logFile ? src.logFile.tail(src.logLines ?? 2000).join('\n') + '\n' : '(no log file)\n',
  };
  for (const k of Object.keys(files)) files[k] = scrubGuestDataInJson(scrub(files[k]!, secrets));
  return files;
}
