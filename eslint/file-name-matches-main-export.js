// ESLint rule `house/file-name-matches-main-export`: the naming rule of CONTRIBUTING.md ("Naming"), checked.
// Plain ESM so eslint.config.js can load it without a build step; it reads the ESTree that typescript-eslint's
// parser gives and needs no type information (fast, and it runs on .js as well as .ts/.tsx).
//
// Why our own rule: the published ones check something else. eslint-plugin-filenames' match-exported looks at
// default exports only (we use named exports); eslint-plugin-filename-export's match-named-export passes a file
// when ANY export matches and fails every collection (format.ts, protocol.ts), which is not the rule we keep.
import { basename } from 'node:path';

/** Verbs a factory's name may drop in its file's name: `startFiasSim` may live in `fias-sim.ts`. */
export const FACTORY_VERBS = ['create', 'start', 'make', 'open', 'spawn', 'run'];

/** Class names that mark an error (or refusal) travelling with a module's main export rather than being it. */
const ERROR_CLASS = /(Error|Refused|Unavailable|Failure)$/;

/**
 * `CommandIntake` → `command-intake`, `startIppPrinterSim` → `start-ipp-printer-sim`, `CSP` → `csp`.
 * @param {string} name
 * @returns {string}
 */
export function kebabCase(name) {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();
}

/**
 * @typedef {{ name: string, kind: 'class' | 'function' | 'value' | 'constant' | 'type', isDefault: boolean,
 *   returns?: string }} ExportedName
 * `value` is a camelCase const (a schema, a table, a shared instance): it weighs like a function. `constant` is an
 * UPPER_CASE const: it travels along with the main export. `returns` is the plain type name a function declares it
 * returns (`Promise<X>` unwrapped).
 */

/**
 * @param {any} fn a function node
 * @returns {string | undefined}
 */
function returnedTypeName(fn) {
  let type = fn?.returnType?.typeAnnotation;
  while (type?.type === 'TSTypeReference' && type.typeName?.name === 'Promise' && type.typeArguments?.params?.length === 1)
    type = type.typeArguments.params[0];
  return type?.type === 'TSTypeReference' && type.typeName?.type === 'Identifier' ? type.typeName.name : undefined;
}

/**
 * The names a module declares and exports (re-exports `export { x } from` are not the module's own).
 * @param {any} program the ESTree Program node
 * @returns {ExportedName[]}
 */
export function exportedNames(program) {
  /** @type {Map<string, ExportedName>} */
  const out = new Map();
  // A factory may be named after the type it returns when that type is ours (declared or imported here), not `Map`.
  const ours = new Set();
  for (const s of program.body)
    if (s.type === 'ImportDeclaration') for (const spec of s.specifiers) ours.add(spec.local.name);
    else if (s.type === 'ExportNamedDeclaration' && s.declaration?.id) ours.add(s.declaration.id.name);
  const add = (/** @type {ExportedName} */ e) => {
    if (e.returns && !ours.has(e.returns)) e.returns = undefined;
    if (!out.has(e.name)) out.set(e.name, e);
  };
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration') {
      add({ name: statement.declaration?.id?.name ?? 'default', kind: 'function', isDefault: true });
      continue;
    }
    if (statement.type !== 'ExportNamedDeclaration' || !statement.declaration) continue;
    const d = statement.declaration;
    switch (d.type) {
      case 'ClassDeclaration':
        add({ name: d.id.name, kind: 'class', isDefault: false });
        break;
      case 'FunctionDeclaration':
      case 'TSDeclareFunction':
        add({ name: d.id.name, kind: 'function', isDefault: false, returns: returnedTypeName(d) });
        break;
      case 'TSInterfaceDeclaration':
      case 'TSTypeAliasDeclaration':
      case 'TSEnumDeclaration':
        add({ name: d.id.name, kind: 'type', isDefault: false });
        break;
      case 'VariableDeclaration':
        for (const v of d.declarations) {
          if (v.id.type !== 'Identifier') continue;
          const init = v.init;
          if (init && (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression'))
            add({ name: v.id.name, kind: 'function', isDefault: false, returns: returnedTypeName(init) });
          else add({ name: v.id.name, kind: /^[A-Z0-9_]+$/.test(v.id.name) ? 'constant' : 'value', isDefault: false });
        }
        break;
    }
  }
  return [...out.values()];
}

/**
 * A module's main export: its default export; else its one exported class that is not an error; else, when it has
 * none, its one exported class, function or camelCase value. Several of those make a collection (a set of schemas,
 * codecs, helpers): no single main export, and its name must say what it holds, which is a reviewer's call.
 * @param {ExportedName[]} names
 * @returns {ExportedName | undefined}
 */
export function mainExport(names) {
  const byDefault = names.find((n) => n.isDefault);
  if (byDefault) return byDefault;
  const classes = names.filter((n) => n.kind === 'class' && !ERROR_CLASS.test(n.name));
  if (classes.length === 1) return classes[0];
  if (classes.length > 1) return undefined;
  const values = names.filter((n) => n.kind === 'class' || n.kind === 'function' || n.kind === 'value');
  return values.length === 1 && values[0].kind !== 'value' ? values[0] : undefined;
}

/**
 * What the rule expects of one file: the names (without extension) it may have, or undefined when it has no single
 * main export, is an `index`, or is a default-exporting entry (benches). A file passes when its name is:
 * - the kebab case of its main export (`CommandIntake` → `command-intake.ts`); a React component (a PascalCase
 *   function in a `.tsx`) keeps its own name (`StatusHeader.tsx`);
 * - for a factory, the same without its verb (`startFiasSim` → `fias-sim.ts`) or the type it returns
 *   (`spawnHeadless(): HeadlessProcess` → `headless-process.ts`);
 * - or the kebab case of an interface or type the file exports (`driver.ts` → `interface Driver`): a contract
 *   module is named after the contract.
 * @param {string} stem the file name without extension (and without `.bench`)
 * @param {boolean} isTsx
 * @param {ExportedName[]} names
 * @returns {{ main: string, expected: string[] } | undefined} undefined when the file passes
 */
export function nameProblem(stem, isTsx, names) {
  const main = mainExport(names);
  if (!main || main.isDefault || stem === 'index') return undefined;
  const expected = new Set();
  if (isTsx && main.kind === 'function' && /^[A-Z]/.test(main.name)) expected.add(main.name);
  else expected.add(kebabCase(main.name));
  if (main.kind === 'function') {
    const verb = FACTORY_VERBS.find((v) => new RegExp(`^${v}[A-Z]`).test(main.name));
    if (verb) expected.add(kebabCase(main.name.slice(verb.length)));
    if (main.returns && main.returns !== main.name) expected.add(kebabCase(main.returns));
  }
  if (expected.has(stem)) return undefined;
  if (names.some((n) => n.kind === 'type' && kebabCase(n.name) === stem)) return undefined;
  return { main: main.name, expected: [...expected] };
}

/** @type {import('eslint').Rule.RuleModule} */
export const fileNameMatchesMainExport = {
  meta: {
    type: 'suggestion',
    docs: { description: 'A file is named after its main export, in kebab case (CONTRIBUTING.md, "Naming").' },
    schema: [
      {
        type: 'object',
        properties: { allow: { type: 'object', additionalProperties: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      mismatch:
        '{{file}} has one main export, `{{main}}`: name the file {{expected}} (CONTRIBUTING.md, "Naming"), or rename the export. A collection of several exports is fine when its name says what it holds.',
    },
  },
  create(context) {
    /** @type {Record<string, string>} path (from the repo root) → why that file keeps its name */
    const allow = context.options[0]?.allow ?? {};
    const file = context.filename.replace(/\\/g, '/');
    const base = basename(file);
    // A test is named after the behaviour it checks; a declaration file after the module it types.
    if (/\.(test|d)\.[cm]?tsx?$/.test(base)) return {};
    if (Object.keys(allow).some((p) => file.endsWith(`/${p}`) || file === p)) return {};
    const stem = base.replace(/(\.bench)?\.(ts|tsx|mts|cts|js|mjs|cjs)$/, '');
    return {
      Program(program) {
        const problem = nameProblem(stem, base.endsWith('.tsx'), exportedNames(program));
        if (!problem) return;
        const ext = base.slice(base.lastIndexOf('.'));
        context.report({
          node: program,
          loc: { line: 1, column: 0 },
          messageId: 'mismatch',
          data: { file: base, main: problem.main, expected: problem.expected.map((e) => `\`${e}${ext}\``).join(' or ') },
        });
      },
    };
  },
};
