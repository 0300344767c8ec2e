import { resolve } from 'node:path';
import { dashboardLinkFile, writePrivate } from './dashboard/token-file.js';
import { FileSettingsStore } from '../config/file-settings-store.js';
import { ConfigError, describeIssue, parseConfig } from '../config/validate.js';
import { BRIDGE_VERSION } from '../version.js';
import { parseArgs, USAGE, UsageError, type HeadlessArgs } from './args.js';
import { runHeadless, type HeadlessApp } from './run-headless.js';
import { loadDemo } from './demo-loader.js';
import { requestStop, watchStopRequest } from './stop-request.js';

/** `npm run headless -- --config FILE` / `npm run demo`. Exit codes: 0 clean stop, 1 runtime failure, 2 bad usage/config. */
async function main(argv: string[]): Promise<number> {
  let args: HeadlessArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args.help) return (void process.stdout.write(USAGE + '\n'), 0);
  if (args.version) return (void process.stdout.write(BRIDGE_VERSION + '\n'), 0);

  const overrides = (c: import('../config/schema.js').BridgeConfig) => ({
    ...c,
    dataDir: args.dataDir ? resolve(args.dataDir) : c.dataDir,
    dashboard: { ...c.dashboard, port: args.port ?? c.dashboard.port },
  });

  let app: HeadlessApp;
  try {
    // The diagnostics zip writer is loaded only when asked for: a running service never needs it.
    if (args.diagnostics && args.config) {
      const { runDiagnosticsCli } = await import('./diagnostics-cli.js');
      return await runDiagnosticsCli(new FileSettingsStore(args.config), overrides, args.diagnostics);
    }
    if (args.stop && args.config) return await stopRunning(overrides(parseConfig(new FileSettingsStore(args.config).load())).dataDir);
    app = args.demo
      ? await (await loadDemo()).startDemo({ dataDir: args.dataDir, port: args.port, newDashboardToken: args.newDashboardToken })
      : await runHeadless({ store: new FileSettingsStore(args.config!), overrides, newDashboardToken: args.newDashboardToken });
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(
        `Invalid configuration${args.config ? ` in ${resolve(args.config)}` : ''}:\n${e.issues.map((i) => `  - ${describeIssue(i)}`).join('\n')}\nNothing was started.\n`,
      );
      return 2;
    }
    process.stderr.write(`Could not start: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }

  process.stderr.write(
    `\nMews Device Bridge ${BRIDGE_VERSION} is running.\n${dashboardLine(app)}\nStatus:    ${app.dashboard.url}/api/status\nPress Ctrl+C to stop.\n\n`,
  );

  return new Promise<number>((done) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      process.stderr.write(`\n${signal} received: finishing running commands…\n`);
      app.stop().then(
        () => done(0),
        (err) => {
          process.stderr.write(`Error while stopping: ${String(err)}\n`);
          done(1);
        },
      );
    };
    // Windows has no SIGTERM: a service wrapper (NSSM, WinSW) sends Ctrl+C, which Node reports as SIGINT;
    // Ctrl+Break is SIGBREAK; closing the console window is SIGHUP. Others can use --stop (stop-request.ts).
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGBREAK', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
    watchStopRequest(app.service.config.dataDir, () => stop('Stop request (--stop)'));
  });
}

/** `--stop`: asks the bridge on `dataDir` to stop and waits for it. Exit code 0 when none runs any more. */
async function stopRunning(dataDir: string): Promise<number> {
  const outcome = await requestStop(dataDir, 30_000);
  const said = {
    stopped: `The bridge using ${dataDir} has stopped.`,
    'not-running': `No bridge is running with the data directory ${dataDir}.`,
    timeout: `The bridge using ${dataDir} is still running 30 s after the stop request.`,
  }[outcome];
  process.stderr.write(said + '\n');
  return outcome === 'timeout' ? 1 : 0;
}

/**
 * The dashboard link carries its access token. At a terminal it is printed; under a service manager
 * (stderr not a TTY, so it would land in the system journal) only a file readable by this user holds it.
 */
function dashboardLine(app: HeadlessApp): string {
  const link = `${app.dashboard.url}/#token=${app.dashboard.token}`;
  const file = dashboardLinkFile(app.service.config.dataDir);
  try {
    writePrivate(file, link + '\n');
  } catch {
    return `Dashboard: ${link}`;
  }
  return process.stderr.isTTY ? `Dashboard: ${link}` : `Dashboard: ${app.dashboard.url} (open the link in ${file})`;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`Fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
