import ts from 'typescript';
import { en } from '../../src/i18n/catalogs/en.js';

/**
 * Finding English in a note that should be in another language, two ways:
 * - `englishWords(note)`: words of ours that are English and never German (the, is, printer, …); device names and
 *   the OS's words in the tests are chosen without them. Words with a hyphen or digits (IPP keywords, addresses)
 *   are not words here.
 * - `englishSentences(note)`: fixed pieces (three words or more) of the English catalog found in the note.
 * And in the code: `noteLiterals(file, code)`, English sentences written where a note is made (see there).
 */
const ENGLISH = new Set(
  (
    'the is are were has have had not and could cannot please check printer printed printing document receipt connection ' +
    'lost closed reply answer within again from which this that for on of to by it its paper out page pages font turned ' +
    'waiting taken queue print service settings key encoder lock no was been be may will when there'
  ).split(' '),
);

// 'was' is German too ("was der Drucker nicht kann"): only flagged next to another English word.
const ALSO_GERMAN = new Set(['was']);

/** The English words (lower case) in `note`, in order. */
export function englishWords(note: string): string[] {
  const words = note
    .split(/\s+/)
    .map((w) => w.replace(/^[„“"«»‚‘'(]+|[.,;:!?)“”"»«’']+$/gu, ''))
    .filter((w) => /^\p{L}+$/u.test(w))
    .map((w) => w.toLowerCase());
  const english = words.filter((w) => ENGLISH.has(w));
  const strong = english.filter((w) => !ALSO_GERMAN.has(w));
  return strong.length > 0 ? english : [];
}

/** Literal text of the English catalog: each message with its ICU placeholders cut out, pieces of 3+ words. */
const PIECES: string[] = Object.values(en as Record<string, string>).flatMap((message) => {
  let depth = 0;
  let text = '';
  for (const ch of message) {
    if (ch === '{') depth++;
    if (depth === 0) text += ch;
    else if (ch === '}' && depth === 1) text += '\u0000';
    if (ch === '}') depth--;
  }
  return text
    .split('\u0000')
    .map((p) => p.trim().replace(/^[.,;:]\s*/, ''))
    .filter((p) => p.split(/\s+/).length >= 3);
});

/** Pieces of English catalog sentences found in `note`. */
export function englishSentences(note: string): string[] {
  return PIECES.filter((piece) => note.includes(piece));
}

/** Where a note is made: a string given here ends up in a note (unless it is a message key). */
const NOTE_MAKERS = new Set([
  'DeviceError',
  'UnrunnableCommandError',
  'PrintSystemDownError',
  'LinkClosedError',
  'noted',
  'mayHaveEncoded',
]);
const MESSAGE_MAKERS = new Set(['msg', 'noteMessage']);

/** Reads as English words of a sentence or phrase: two words or more, e.g. `'unknown reason'`, `'Printer is busy.'`. */
function looksLikeWords(text: string): boolean {
  return /\p{L}{2,}[\s,]+\p{L}{2,}/u.test(text.trim());
}

/**
 * `file:line: text` for each string literal or template that reads as English words and goes into a note as it
 * is: an argument of a note-making constructor or function (`new DeviceError('Printer is busy')`, `noted(…)`), a
 * parameter value of a message (`msg('x', { reason: 'unknown reason' })`), or what a function declared to return
 * a `Note` / `Message` / `NotePart` returns. Message keys (`msg('escpos.busy')`) and strings inside other calls
 * (`err.message.replace(…)`) are not flagged. A string that is a library's or the OS's own words never appears
 * as a literal in our code, so nothing here needs an allow-list.
 */
export function noteLiterals(file: string, code: string): string[] {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const calleeName = (n: ts.CallExpression | ts.NewExpression): string => {
    const e = n.expression;
    return ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : '';
  };
  const returnsNote = (fn: ts.SignatureDeclaration): boolean => !!fn.type && /\b(Note|NotePart|Message)\b/.test(fn.type.getText(sf));

  /** Whether the literal `n` ends up in a note as it is. */
  const reachesNote = (n: ts.Node): boolean => {
    let child: ts.Node = n;
    for (let p: ts.Node | undefined = n.parent; p; child = p, p = p.parent) {
      if (ts.isCallExpression(p) || ts.isNewExpression(p)) {
        if (child === p.expression) return false;
        const name = calleeName(p);
        if (MESSAGE_MAKERS.has(name)) return p.arguments?.[0] !== child; // the key is not words; its params are
        return NOTE_MAKERS.has(name);
      }
      if (ts.isReturnStatement(p)) {
        const fn = ts.findAncestor(p, ts.isFunctionLike);
        return !!fn && returnsNote(fn);
      }
      if (ts.isArrowFunction(p) && child === p.body) return returnsNote(p);
      if (ts.isFunctionLike(p) || ts.isElementAccessExpression(p) || ts.isCaseClause(p)) return false;
      if (ts.isBinaryExpression(p) && !['??', '||', '&&'].includes(p.operatorToken.getText(sf))) return false; // a comparison
    }
    return false;
  };

  const visit = (n: ts.Node) => {
    let text: string | null = null;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) text = n.text;
    else if (ts.isTemplateExpression(n)) text = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ');
    if (text !== null && looksLikeWords(text) && reachesNote(n))
      found.push(`${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.getText(sf)}`);
    if (!ts.isTemplateExpression(n)) ts.forEachChild(n, visit);
    else for (const span of n.templateSpans) visit(span.expression);
  };
  visit(sf);
  return found;
}
