/**
 * `npm run sbom` (part of `npm run build`): writes the CycloneDX SBOM of the runtime dependencies with npm's own
 * `npm sbom --sbom-format cyclonedx --omit dev` to `dist/sbom.cdx.json`, then fails (exit 1) when a runtime
 * dependency's licence is copyleft or otherwise not allowed (build/license-policy.ts).
 * `--check FILE` only checks an existing SBOM. `--dir DIR` runs npm in another project (tests).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { licenseProblems, type CycloneDxBom } from './license-policy.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = resolve(opt('--dir') ?? fileURLToPath(new URL('..', import.meta.url)));
const checkOnly = opt('--check');
let text: string;
if (checkOnly) text = readFileSync(checkOnly, 'utf8');
else {
  // npm_execpath is the npm running this script; outside npm, `npm` from PATH (npm.cmd on Windows).
  const npmCli = process.env.npm_execpath;
  const cmd = npmCli ? process.execPath : process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const npmArgs = ['sbom', '--sbom-format', 'cyclonedx', '--omit', 'dev'];
  text = execFileSync(cmd, npmCli ? [npmCli, ...npmArgs] : npmArgs, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    shell: !npmCli && process.platform === 'win32',
  });
  const out = resolve(root, opt('--out') ?? 'dist/sbom.cdx.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  process.stdout.write(`SBOM (CycloneDX, runtime dependencies) written to ${out}\n`);
}
const bom = JSON.parse(text) as CycloneDxBom;
const problems = licenseProblems(bom);
if (problems.length) {
  for (const p of problems)
    process.stderr.write(`Licence not allowed for a runtime dependency: ${p.component} (${p.license}) ${p.reason}\n`);
  process.exit(1);
}
process.stdout.write(`Licences OK: ${bom.components?.length ?? 0} runtime components, all permissive\n`);
