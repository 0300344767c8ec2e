/**
 * `npm run docs:config`: rewrites the README's "Configuration reference" (between
 * `<!-- config-reference:start -->` and `<!-- config-reference:end -->`) from the zod settings
 * schema. `--check` only reports whether the README is up to date (exit 1 when it is not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withConfigReference } from '../src/config/reference.js';

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const current = readFileSync(readmePath, 'utf8');
const next = withConfigReference(current);
if (process.argv.includes('--check')) {
  if (next !== current) {
    process.stderr.write('README.md configuration reference is out of date: run npm run docs:config\n');
    process.exit(1);
  }
  process.stdout.write('README.md configuration reference is up to date\n');
} else if (next !== current) {
  writeFileSync(readmePath, next);
  process.stdout.write('README.md configuration reference updated\n');
} else process.stdout.write('README.md configuration reference already up to date\n');
