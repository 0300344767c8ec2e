import { existsSync } from 'node:fs';

/** Command-line arguments of the headless entry point. */
export interface HeadlessArgs {
  config: string | null;
  demo: boolean;
  /** `npm run app`: ./bridge.json when it exists, the demo otherwise. */
  auto: boolean;
  dataDir: string | null;
  port: number | null;
  diagnostics: string | null;
  /** Make a new dashboard link (the old one stops working). */
  newDashboardToken: boolean;
  /** `--stop`: ask the bridge running on this config's data directory to stop gracefully, then exit. */
  stop: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  npm run headless -- --config ./bridge.json [--data-dir DIR] [--port N]
  npm run headless -- --config ./bridge.json --diagnostics OUT.zip
  npm run headless -- --config ./bridge.json --stop
  npm run demo [-- --port N --data-dir DIR]

Options:
  --config FILE        settings file (schema: see README "Configuration reference")
  --demo               run against an embedded simulated Mews with virtual devices
  --auto               use ./bridge.json when it exists, otherwise the demo (npm run app)
  --data-dir DIR       journal, logs and previews (overrides the file's dataDir)
  --port N             dashboard port (overrides dashboard.port; 0 = any free port)
  --diagnostics FILE   write a diagnostics bundle (zip) and exit
  --new-dashboard-token
                       make a new dashboard link; the old link (kept in DATA_DIR/dashboard-link.txt)
                       stops working. Without it the link stays the same across restarts.
  --stop               ask the bridge running with this config (and --data-dir) to stop as on Ctrl+C,
                       wait up to 30 s until it has, and exit (0 stopped or not running, 1 still running)
  --version            print the version and exit
  --help               this text

Environment:
  MEWS_CLIENT_TOKEN, MEWS_ACCESS_TOKEN   override the tokens in the file (nothing is written to disk)

Stopping: Ctrl+C (SIGINT), SIGTERM, Ctrl+Break (SIGBREAK, Windows), closing the console (SIGHUP), or --stop.
Exit codes: 0 stopped cleanly, 1 failed while running, 2 invalid arguments or config.`;

export function parseArgs(argv: string[]): HeadlessArgs {
  const a: HeadlessArgs = {
    config: null,
    demo: false,
    auto: false,
    dataDir: null,
    port: null,
    diagnostics: null,
    stop: false,
    newDashboardToken: false,
    help: false,
    version: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--config':
        a.config = value();
        break;
      case '--demo':
        a.demo = true;
        break;
      case '--auto':
        a.auto = true;
        break;
      case '--data-dir':
        a.dataDir = value();
        break;
      case '--port': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError('--port must be a number from 0 to 65535');
        a.port = n;
        break;
      }
      case '--diagnostics':
        a.diagnostics = value();
        break;
      case '--new-dashboard-token':
        a.newDashboardToken = true;
        break;
      case '--stop':
        a.stop = true;
        break;
      case '--help':
      case '-h':
        a.help = true;
        break;
      case '--version':
        a.version = true;
        break;
      default:
        throw new UsageError(`Unknown argument "${arg}"`);
    }
  }
  if (a.auto && !a.config && !a.demo) {
    if (existsSync('bridge.json')) a.config = 'bridge.json';
    else a.demo = true;
  }
  if (!a.help && !a.version && !a.demo && !a.config) throw new UsageError('--config FILE is required (or use --demo)');
  if (a.stop && !a.config) throw new UsageError('--stop needs the --config FILE (and --data-dir) the bridge was started with');
  return a;
}
