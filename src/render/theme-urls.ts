// What a chair's theme CSS may load: the built-in themes by name, data: URIs, and files inside the
// deck's folder (inlined, so the HTML and the PDF carry them). Anything else (@import or url() of a
// web address, an absolute path, a file outside the folder) is taken out of the CSS and named in a
// warning at its line. Printing blocks every other request as well (browser/requests.ts), and the
// HTML page lets the browser load nothing (render/page.ts); this is what lets the chair hear which
// line did it. URLs are found on the tokens of a CSS tokenizer that follows the standard, as the
// browser finds them: a CSS escape (`\75rl(`, `@i\6dport`) spells the same URL to both.
import { dirname, relative } from 'node:path';
import {
  isTokenAtKeyword,
  isTokenCloseCurly,
  isTokenCloseParen,
  isTokenCloseSquare,
  isTokenFunction,
  isTokenOpenCurly,
  isTokenOpenParen,
  isTokenOpenSquare,
  isTokenString,
  isTokenURL,
  isTokenWhitespace,
  tokenize,
} from '@csstools/css-tokenizer';
import postcss, { type AtRule, CssSyntaxError, type Declaration, type Root } from 'postcss';
import { E, W, WgdeckError, warningAt, type Problem } from '../errors.js';
import { dataUri, FONT_MIME, MIME } from '../fs/assets.js';

export interface CheckedCss {
  css: string;
  warnings: Problem[];
}

/** A URL in a CSS text, and where it stands: [start, end) of the token that holds it. */
interface FoundUrl {
  url: string;
  start: number;
  end: number;
  /** a string token (inside url(), src(), image-set()...) rather than a url token */
  quoted: boolean;
}

// Functions whose string arguments are URLs (url("...") is a function token followed by a string).
const URL_FUNCTIONS = /^(?:url|src|image|(?:-webkit-)?image-set)$/;

/** The URLs a CSS text loads, as the browser reads them. */
function urlsIn(css: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  // The functions (or plain blocks, as '') the tokens are inside, innermost last.
  const inside: string[] = [];
  for (const token of tokenize({ css })) {
    const [, , start, end] = token;
    if (isTokenURL(token)) found.push({ url: token[4].value, start, end: end + 1, quoted: false });
    else if (isTokenFunction(token)) inside.push(token[4].value.toLowerCase());
    else if (isTokenOpenParen(token) || isTokenOpenSquare(token) || isTokenOpenCurly(token)) inside.push('');
    else if (isTokenCloseParen(token) || isTokenCloseSquare(token) || isTokenCloseCurly(token)) inside.pop();
    else if (isTokenString(token) && URL_FUNCTIONS.test(inside.at(-1) ?? ''))
      found.push({ url: token[4].value, start, end: end + 1, quoted: true });
  }
  return found;
}

/**
 * An at-rule as the browser reads it: its name (escapes decoded, lower case) and the first string or
 * URL after it. postcss ends a name at a backslash (`@i\6dport` is "i" to it), so the name is read
 * again from the rule's text.
 */
function atRule(rule: AtRule): { name: string; target?: string } {
  const [first, ...rest] = tokenize({ css: `@${rule.name}${rule.raws.afterName ?? ' '}${rule.params}` });
  const name = first !== undefined && isTokenAtKeyword(first) ? first[4].value.toLowerCase() : '';
  for (const token of rest) {
    if (isTokenString(token) || isTokenURL(token)) return { name, target: token[4].value };
    if (!isTokenWhitespace(token) && !isTokenFunction(token)) break;
  }
  return { name };
}

/**
 * The theme's CSS with what it may not load taken out and its own files inlined. `builtins` are
 * the names it may @import; `file` the theme's path (its relative URLs resolve against its folder).
 */
export function checkThemeUrls(css: string, file: string, deckDir: string, builtins: string[]): CheckedCss {
  const warnings: Problem[] = [];
  let root: Root;
  try {
    root = postcss.parse(css, { from: file });
  } catch (e) {
    // Marp reads themes with postcss too, and would fail on it as well, without saying where.
    if (!(e instanceof CssSyntaxError)) throw e;
    throw new WgdeckError(E.ThemeCssSyntax, { file, line: e.line ?? 1, col: e.column ?? 1, reason: e.reason });
  }
  const refuse = (node: AtRule | Declaration, what: string, url: string) => {
    const at = { line: node.source?.start?.line ?? 1, col: node.source?.start?.column ?? 1 };
    warnings.push(warningAt(file, at, 'theme', W.ThemeUrlRefused.message({ what, url }), W.ThemeUrlRefused.code));
  };
  root.walkAtRules((rule) => {
    const { name, target = rule.params } = atRule(rule);
    if (name !== 'import' && name !== 'import-theme') return;
    if (builtins.includes(target)) return;
    refuse(rule, '@import of', target);
    rule.remove();
  });
  root.walkDecls((decl) => {
    // Every URL is inside parentheses, which no escape can spell.
    if (!decl.value.includes('(')) return;
    let value = '';
    let from = 0;
    let refused = false;
    for (const { url, start, end, quoted } of urlsIn(decl.value)) {
      const inlined = localUrl(url, dirname(file), deckDir);
      if (inlined === undefined) {
        refuse(decl, 'url()', url);
        refused = true;
      } else if (inlined !== url) {
        value += decl.value.slice(from, start) + (quoted ? `"${inlined}"` : `url("${inlined}")`);
        from = end;
      }
    }
    // A declaration with a URL it may not load goes whole: half a `src:` or `background:` is worse.
    if (refused) decl.remove();
    else if (from > 0) decl.value = value + decl.value.slice(from);
  });
  return { css: root.toString(), warnings: warnings.sort((a, b) => a.line - b.line) };
}

/** A URL the theme may keep as it is, a file of the deck's folder as a data: URI, or undefined. */
function localUrl(url: string, themeDir: string, deckDir: string): string | undefined {
  if (/^data:/i.test(url) || url.startsWith('#') || url === '') return url;
  // A scheme, a host, or an absolute path: not a file of the deck's folder.
  if (/^[a-z][a-z0-9+.-]*:|^[\\/]/i.test(url)) return undefined;
  try {
    const file = relative(deckDir, `${themeDir}/${url.replace(/[?#].*$/, '')}`);
    return dataUri(deckDir, file, { ...MIME, ...FONT_MIME });
  } catch {
    return undefined;
  }
}
