/**
 * The layer rules of docs/ARCHITECTURE.md ("Layout" and its "may import" column), checked by
 * dependency-cruiser in `npm test` (`npm run lint:layers`). One rule per layer, named
 * `layer-<folder>`: a violation prints that name, the importing file, the imported file and the
 * rule's comment. Change the table here and in docs/ARCHITECTURE.md together.
 *
 * Paths are matched anywhere in the path (`(^|/)src/…`) so that test/layer-check.test.ts can run the
 * same rules over a fixture tree with a deliberately bad import.
 */

/** `(^|/)src/x/` for each folder. */
const under = (...folders) => folders.map((f) => `${start(f)}${f}/`);
/** Where a folder name may start: at the root or after a `/`, but `src/…` never inside `renderer/` (renderer/src/i18n is the UI's, not src/i18n). */
function start(f) {
  return f.startsWith('src/') ? '(^|(?<!renderer)/)' : '(^|/)';
}
/** Everything that is ours (anything outside node_modules). */
const OURS = '^(?!.*node_modules)';

/**
 * Each layer: the folders it may import at run time, and the ones it may import types from only
 * (`import type …`, erased at compile time, so no code of that layer ends up running here).
 */
const LAYERS = [
  { name: 'util', path: 'src/util', may: [], types: [], comment: 'src/util is the bottom layer: it imports nothing of ours.' },
  {
    name: 'i18n',
    path: 'src/i18n',
    may: ['src/util'],
    types: [],
    comment: 'src/i18n (languages, message catalogs, the translator) sits just above src/util: it may import only src/util.',
  },
  {
    name: 'config',
    path: 'src/config',
    may: ['src/util', 'src/i18n'],
    types: [],
    comment: 'src/config (schema, validation, stores) may import only src/util and src/i18n (the language list).',
  },
  {
    name: 'transport',
    path: 'src/transport',
    may: ['src/util'],
    types: ['src/config'],
    comment: 'src/transport may import src/util, and only types from src/config (the connection schema). Take values as arguments instead.',
  },
  {
    name: 'mews',
    path: 'src/mews',
    may: ['src/util', 'src/i18n'],
    types: ['src/config'],
    comment:
      'src/mews (the Connector API and WebSocket clients) may import src/util and src/i18n (message keys for the connection reason), and only types from src/config.',
  },
  {
    name: 'devices',
    path: 'src/devices',
    may: ['src/devices', 'src/transport', 'src/util', 'src/i18n'],
    types: ['src/config'],
    comment:
      'A driver knows its device and nothing about Mews: src/devices may import src/transport, src/util and src/i18n (message keys for its notes), and only types from src/config. The bridge maps Mews data to jobs (e.g. KeyCutterData.Type to a lock protocol).',
  },
  {
    name: 'bridge',
    path: 'src/bridge',
    may: ['src/bridge', 'src/mews', 'src/devices', 'src/config', 'src/util', 'src/i18n', 'src/version.ts'],
    types: [],
    comment:
      'src/bridge (the orchestration and the API the UIs use) may import src/mews, src/devices, src/config, src/i18n and src/util; never src/headless, src/sim or src/transport (ports are listed by whoever assembles the app).',
  },
  {
    name: 'metrics',
    path: 'src/metrics',
    may: ['src/util'],
    types: ['src/bridge', 'src/devices', 'src/mews'],
    comment:
      'src/metrics reads the bridge through BridgeApi: it may import src/util, and only types from src/bridge, src/devices and src/mews.',
  },
  {
    name: 'support',
    path: 'src/support',
    may: ['src/bridge', 'src/util', 'src/version.ts'],
    types: ['src/config'],
    comment: 'src/support (diagnostics, page policy) is shared by the app and headless mode: it may import src/bridge and src/util.',
  },
  {
    name: 'sim',
    path: 'src/sim',
    may: ['src/devices', 'src/transport', 'src/util', 'src/mews'],
    types: ['src/config'],
    comment:
      'src/sim (simulators) may import src/devices for shared protocol constants and codecs, src/transport, src/mews (wire shapes) and src/util.',
  },
  {
    name: 'headless',
    path: 'src/headless',
    may: [
      'src/headless',
      'src/bridge',
      'src/config',
      'src/i18n',
      'src/metrics',
      'src/support',
      'src/transport',
      'src/util',
      'src/version.ts',
    ],
    types: ['src/devices'],
    comment:
      'src/headless (command line, dashboard) may import src/bridge, src/config, src/metrics, src/support, src/transport and src/util. Only the demo files may import src/sim (rule sim-only-in-demo).',
  },
  {
    name: 'demo',
    path: 'src/headless',
    files: ['(^|/)src/headless/demo[^/]*\\.ts$'],
    may: [
      'src/headless',
      'src/bridge',
      'src/config',
      'src/devices',
      'src/sim',
      'src/support',
      'src/transport',
      'src/util',
      'src/version.ts',
    ],
    types: [],
    comment:
      'The demo (src/headless/demo*.ts) may import what headless mode may, plus the simulators in src/sim and src/devices (to place its simulated devices); it is loaded only for --demo.',
  },
  {
    name: 'electron',
    path: 'electron',
    may: ['electron', 'src/bridge', 'src/config', 'src/i18n', 'src/support', 'src/transport', 'src/util', 'src/version.ts'],
    types: ['src/devices'],
    comment:
      "electron/ (main process and preload) may import src/bridge, src/config, src/i18n (the tray speaks the bridge's language), src/support, src/transport and src/util; never src/headless or src/sim.",
  },
  {
    name: 'renderer',
    path: 'renderer',
    may: ['renderer', 'src/bridge/api.ts', 'src/bridge/shown-state.ts', 'src/i18n/render-note.ts'],
    types: ['src/bridge', 'src/config', 'src/devices', 'src/i18n'],
    comment:
      "renderer/ (the UI, runs in a browser) knows only the API: types from src/bridge, src/config, src/devices and src/i18n, and at run time nothing but src/bridge/api.ts (the method list), src/bridge/shown-state.ts (the state a row shows; pure) and src/i18n/render-note.ts (renders the core's notes in the UI's language with the core's catalogs; it and what it imports are pure modules).",
  },
];

const pathsOf = (list) => list.map((p) => (p.endsWith('.ts') ? `${start(p)}${p.replace(/\./g, '\\.')}$` : `${start(p)}${p}/`));

/** A layer imports something of ours that is not in its list (at run time). */
const fromOf = (l) =>
  l.files
    ? { path: l.files }
    : { path: under(l.path), pathNot: LAYERS.filter((o) => o.files && o.path === l.path).flatMap((o) => o.files) };

const layerRule = (l) => ({
  name: `layer-${l.name}`,
  comment: l.comment,
  severity: 'error',
  from: fromOf(l),
  to: {
    path: OURS,
    pathNot: [...pathsOf([l.path, ...l.may, ...l.types])],
    dependencyTypesNot: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'core'],
  },
});

/** A layer imports values (not only types) from a folder it may take types from only. */
const typesOnlyRule = (l) => ({
  name: `layer-${l.name}-types-only`,
  comment: `${l.comment} (A type import is \`import type { … }\`.)`,
  severity: 'error',
  from: fromOf(l),
  to: { path: pathsOf(l.types), pathNot: pathsOf([l.path, ...l.may]), dependencyTypesNot: ['type-only'] },
});

module.exports = {
  forbidden: [
    ...LAYERS.map(layerRule),
    ...LAYERS.filter((l) => l.types.length > 0).map(typesOnlyRule),
    {
      name: 'sim-only-in-demo',
      comment:
        'Simulators are loaded only in demo mode and are not in the production build: only src/headless/demo*.ts (loaded by demo-loader.ts through a variable specifier), tests and benches may import src/sim.',
      severity: 'error',
      from: { path: under('src', 'electron', 'renderer'), pathNot: ['(^|/)src/sim/', '(^|/)src/headless/demo[^/]*\\.ts$'] },
      to: { path: under('src/sim') },
    },
    {
      name: 'no-electron-in-core',
      comment: 'src/ never imports the electron package: everything that can run without a window runs (and is tested) in plain Node.',
      severity: 'error',
      from: { path: under('src') },
      to: { path: '(^|/)node_modules/electron/' },
    },
    {
      name: 'not-to-tests',
      comment: 'Product code never imports tests, benchmarks or build scripts.',
      severity: 'error',
      from: { path: under('src', 'electron', 'renderer') },
      to: { path: under('test', 'bench', 'build') },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing (a typo, or a package that is not in package.json).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|dist-electron|dist-renderer|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.cts', '.js', '.cjs', '.mjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
