// What a chair's theme CSS may load: the built-in themes by name, data: URIs, and files inside the
// deck's folder (inlined, so the HTML and the PDF carry them). Anything else (@import or url() of a
// web address, an absolute path, a file outside the folder) is taken out of the CSS and named in a
// warning at its line. Printing blocks every other request as well (browser/requests.ts); this is
// what lets the chair hear which line did it.
import { dirname, relative } from 'node:path';
import postcss, { type AtRule, type Declaration, type Root } from 'postcss';
import { W, warningAt, type Problem } from '../errors.js';
import { dataUri, FONT_MIME, MIME } from '../fs/assets.js';

const URL_IN_VALUE = /url\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^)'"\s]*))\s*\)/gi;
const IMPORT_TARGET = /^\s*(?:url\(\s*)?(?:"([^"]*)"|'([^']*)'|([^\s;)'"]+))\s*\)?/i;

export interface CheckedCss {
  css: string;
  warnings: Problem[];
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
  } catch {
    // CSS that postcss cannot read is left to Marp, which reports it; printing still blocks requests.
    return { css, warnings };
  }
  const refuse = (node: AtRule | Declaration, what: string, url: string) => {
    const at = { line: node.source?.start?.line ?? 1, col: node.source?.start?.column ?? 1 };
    warnings.push(warningAt(file, at, 'theme', W.ThemeUrlRefused.message({ what, url }), W.ThemeUrlRefused.code));
  };
  root.walkAtRules(/^import(-theme)?$/i, (rule) => {
    const m = IMPORT_TARGET.exec(rule.params);
    const target = m?.[1] ?? m?.[2] ?? m?.[3] ?? rule.params;
    if (builtins.includes(target)) return;
    refuse(rule, '@import of', target);
    rule.remove();
  });
  root.walkDecls((decl) => {
    if (!/url\(|image-set\(/i.test(decl.value)) return;
    let refused = false;
    // In image-set() a plain string is a URL too.
    const urls = /image-set\(/i.test(decl.value)
      ? new RegExp(`${URL_IN_VALUE.source}|"((?:[^"\\\\]|\\\\.)*)"|'((?:[^'\\\\]|\\\\.)*)'`, 'gi')
      : URL_IN_VALUE;
    decl.value = decl.value.replace(
      urls,
      (whole, dq?: string, sq?: string, bare?: string, sdq?: string, ssq?: string) => {
        const url = (dq ?? sq ?? bare ?? sdq ?? ssq ?? '').replace(/\\(.)/g, '$1');
        const inlined = localUrl(url, dirname(file), deckDir);
        if (inlined !== undefined) return inlined === url ? whole : `url("${inlined}")`;
        refuse(decl, 'url()', url);
        refused = true;
        return whole;
      },
    );
    // A declaration with a URL it may not load goes whole: half a `src:` or `background:` is worse.
    if (refused) decl.remove();
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
