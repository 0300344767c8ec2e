import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word the UI shows comes from a catalog: a static scan of renderer/src (TypeScript's parser) that fails
 * on English left in the code. It flags
 * - JSX text (`<p>No devices yet</p>`) and string literals inside JSX expressions (`{busy ? 'Saving…' : …}`),
 * - literal values of the props people read (`label=`, `title=`, `aria-label=`, `placeholder=`, `alt=`, `hint=`,
 *   `legend=`), and
 * - anywhere else, a string literal that reads as a sentence or a label (a capitalised word followed by
 *   another word, e.g. `'Could not load settings'`), which is how messages built outside JSX looked.
 * Not language and so allowed: symbols, numbers, product names, sample addresses (the allow-list below).
 * Arguments of calls (`t('queue.title')`, `useState('')`) and of imports are never flagged: keys are not words.
 */
const ROOT = join(process.cwd(), 'renderer', 'src');
const TEXT_PROPS = new Set(['label', 'title', 'aria-label', 'placeholder', 'alt', 'hint', 'legend', 'aria-description']);

/** Strings that are not in any language: product names, code, sample values, symbols. */
const ALLOWED = new Set([
  'Mews Device Bridge',
  'https://api.mews-demo.com',
  'wss://ws.mews-demo.com',
  '192.168.1.40',
  '192.168.1.20',
  '0.0.0.0',
  '/dev/usb/lp0',
]);

/** Has letters that make it words (two letters in a row), after taking out what the allow-list names. */
function isWords(text: string): boolean {
  const t = text.trim();
  if (!t || ALLOWED.has(t)) return false;
  return /\p{L}{2,}/u.test(t);
}

/** A literal outside JSX that reads like a message: "Capitalised words…", not `btn btn-link` or `data:image/png`. */
function looksLikeSentence(text: string): boolean {
  const t = text.trim();
  if (ALLOWED.has(t)) return false;
  return /^\p{Lu}\p{Ll}+[\s,]+\p{L}+/u.test(t) || (/\p{L}{2,}.*[.…!?]$/u.test(t) && /\s/.test(t));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'i18n' ? [] : sourceFiles(p); // the catalogs are where words live
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** `file:line: what` for each literal English string in `code`. */
export function literalStrings(file: string, code: string): string[] {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const at = (n: ts.Node, what: string) => found.push(`${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${what}`);

  /** Inside a call's arguments (a message key, an API argument) or an import: not shown as it is. */
  const inCallOrImport = (n: ts.Node): boolean => {
    for (let p: ts.Node | undefined = n.parent; p; p = p.parent) {
      if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.some((a) => a.pos <= n.pos && n.end <= a.end)) return true;
      if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) return true;
      if (ts.isJsxAttribute(p) && !TEXT_PROPS.has(p.name.getText(sf))) return true; // className, data-testid, key…
      if (ts.isElementAccessExpression(p) || ts.isLiteralTypeNode(p) || ts.isCaseClause(p)) return true;
      if (ts.isBinaryExpression(p) && /^[=!]==?$/.test(p.operatorToken.getText(sf))) return true; // comparisons
    }
    return false;
  };
  const inJsx = (n: ts.Node): boolean => {
    for (let p: ts.Node | undefined = n.parent; p; p = p.parent) {
      if (ts.isJsxExpression(p)) return true;
      if (ts.isJsxAttribute(p)) return TEXT_PROPS.has(p.name.getText(sf));
    }
    return false;
  };

  const visit = (n: ts.Node) => {
    if (ts.isJsxText(n) && isWords(n.getText(sf))) at(n, `JSX text "${n.getText(sf).trim()}"`);
    else if (ts.isJsxAttribute(n) && n.initializer && ts.isStringLiteral(n.initializer)) {
      const name = n.name.getText(sf);
      if (TEXT_PROPS.has(name) && isWords(n.initializer.text)) at(n, `${name}="${n.initializer.text}"`);
    } else if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && !ts.isJsxAttribute(n.parent) && !inCallOrImport(n)) {
      if (inJsx(n) ? isWords(n.text) : looksLikeSentence(n.text)) at(n, `string '${n.text}'`);
    } else if (ts.isTemplateExpression(n) && !inCallOrImport(n)) {
      const parts = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ');
      if (inJsx(n) ? isWords(parts) : looksLikeSentence(parts)) at(n, `template ${n.getText(sf)}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('no English left in the UI code', () => {
  it('every user-visible string in renderer/src comes from the catalogs', () => {
    const found = sourceFiles(ROOT).flatMap((f) => literalStrings(relative(process.cwd(), f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('the scan finds JSX text, text props, strings in JSX expressions and sentences built outside JSX', () => {
    const code = `
      export function X({ busy, n, t }: { busy: boolean; n: number; t: (k: string) => string }) {
        const note = 'Could not load settings';
        const msg = \`Saved \${n} devices.\`;
        return (
          <section title="Device settings" className="panel wide" data-testid="x">
            <h2>No devices yet</h2>
            <input placeholder="Guest name" aria-label={'Search history'} />
            <button>{busy ? 'Saving…' : t('editor.save')}</button>
            <span>{n} waiting</span>
            <span>{\`\${n} finished\`}</span>
            <h1>Mews Device Bridge</h1>
            <input placeholder="https://api.mews-demo.com" />
            <span>{t('queue.title')} · {n}</span>
          </section>
        );
      }`;
    const found = literalStrings('x.tsx', code).map((f) => f.replace(/^x\.tsx:\d+: /, ''));
    expect(found).toEqual([
      "string 'Could not load settings'",
      'template `Saved ${n} devices.`',
      'title="Device settings"',
      'JSX text "No devices yet"',
      'placeholder="Guest name"',
      "string 'Search history'",
      "string 'Saving…'",
      'JSX text "waiting"',
      'template `${n} finished`',
    ]);
  });
});
