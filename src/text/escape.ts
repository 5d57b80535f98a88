// Escaping by context. Handlebars' HTML escaping does not protect Markdown (a "\n---\n" starts a
// slide, "![bg](...)" loads a file), so every value a template writes goes through one of these.
import { draftUrl, rfcUrl, bcpUrl } from '../ietf/links.js';

/** ASCII punctuation that can start or take part in Markdown, HTML, emoji or math syntax. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~=$^:&"]/g;

/** Backslash-escapes every Markdown-significant character; a CommonMark backslash escape always renders literally. */
function escapeLiteral(s: string): string {
  return s.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/** One line: a text field never spans blocks, so newlines and runs of space become one space. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const SAFE_SCHEMES = /^(https?:|mailto:|xmpp:)/i;

/**
 * A URL for the destination of a Markdown link: only web, mail and XMPP schemes, and the
 * characters that would end the destination percent-encoded.
 */
export function url(u: string): string {
  const trimmed = u.trim();
  if (!SAFE_SCHEMES.test(trimmed)) return '#';
  return trimmed.replace(/[\s()<>\\"`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A Markdown link whose label is literal text. */
export function link(target: string, label: string): string {
  return `[${escapeLiteral(oneLine(label))}](${url(target)})`;
}

// Things in running text that become links: web addresses, drafts, RFCs and BCPs (ietf-facts.md section 5).
const WEB = /(?<web>https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'])/;
const IETF_NAMES = /\b(?<draft>draft-[a-z0-9]+(?:-[a-z0-9]+)+)\b|\bRFC ?(?<rfc>\d{1,5})\b|\bBCP ?(?<bcp>\d{1,3})\b/;
const TEXT_LINKS = new RegExp(`${WEB.source}|${IETF_NAMES.source}`, 'g');
// In Markdown fields, drafts, RFCs and BCPs become links too, except inside a link, code or a web address.
const MD_KEEP = /(\[[^\]]*\]\([^)]*\)|`[^`]*`|https?:\/\/\S+)/;
const MD_LINKS = new RegExp(IETF_NAMES.source, 'g');

/** Replaces each match of `pattern` by a link, and what lies between matches by `gap(...)`. */
function autolink(s: string, pattern: RegExp, gap: (between: string) => string): string {
  let out = '';
  let last = 0;
  for (const m of s.matchAll(pattern)) {
    out += gap(s.slice(last, m.index));
    const whole = m[0];
    const { web, draft, rfc, bcp } = m.groups!;
    if (web) out += link(web, web);
    else if (draft) out += link(draftUrl(draft), draft);
    else if (rfc) out += link(rfcUrl(Number(rfc)), whole);
    else if (bcp) out += link(bcpUrl(Number(bcp)), whole);
    last = m.index! + whole.length;
  }
  return out + gap(s.slice(last));
}

/**
 * Literal text with autolinks: what the user typed is what the slide shows, but web addresses,
 * draft names, "RFC NNNN" and "BCP NN" become links.
 */
export function text(value: unknown): string {
  return autolink(oneLine(String(value ?? '')), TEXT_LINKS, escapeLiteral);
}

/** Literal text without autolinks, for places where a link would be wrong (the footer, alt text). */
export function plain(value: unknown): string {
  return escapeLiteral(oneLine(String(value ?? '')));
}

// A line that would open a block (heading, quote, list, table, fence, setext underline) at the start of an inline field.
const BLOCK_START = /^(#{1,6}(\s|$)|>|[-+*](\s|$)|\d{1,9}[.)](\s|$)|=+\s*$|\||`{3,}|~{3,})/;

function neutralizeHtmlAndImages(s: string): string {
  // "<" never opens HTML or a directive comment; "![" never loads an image.
  return s.replace(/</g, '&lt;').replace(/!\[/g, '!\\[');
}

/**
 * An inline Markdown field (agenda notes, administrivia items): emphasis, code and links work,
 * but it stays on its line: no HTML, no directives, no images, no new block.
 */
export function md(value: unknown): string {
  // "|" would end a table cell when the field stands in a table.
  const s = neutralizeHtmlAndImages(oneLine(String(value ?? ''))).replace(/\|/g, '\\|');
  const linked = s
    .split(MD_KEEP)
    .map((part, i) => (i % 2 === 1 ? part : autolink(part, MD_LINKS, (gap) => gap)))
    .join('');
  return BLOCK_START.test(linked) ? `\\${linked}` : linked;
}

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * A free Markdown slide body: block Markdown is allowed, but it cannot end its slide (no thematic
 * break, which Marp takes as a slide break; no unclosed fence that would swallow later slides), set
 * a directive or inject HTML (no "<" outside code), or load a file (no images).
 */
export function markdownBlock(value: unknown): string {
  const lines = String(value ?? '').replace(/\r\n?/g, '\n').replace(/\s+$/, '').split('\n');
  let fence: string | undefined;
  const out = lines.map((line) => {
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      return line;
    }
    if (f) {
      fence = f[1];
      return line;
    }
    if (THEMATIC_BREAK.test(line)) return line.replace(/([-*_])/, '\\$1');
    return neutralizeHtmlAndImages(line);
  });
  if (fence) out.push(fence);
  return out.join('\n');
}

/** A value inside a double-quoted HTML attribute of wgdeck's own tags (alt text). */
export function attribute(value: unknown): string {
  return oneLine(String(value ?? '')).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A nested list (a string is an item, an array nests under the item before it) as Markdown
 * bullets, each item escaped by `leaf`; wgdeck's own trusted items pass through `trusted`.
 * Starts with a newline when not empty, so a template can put it right after its parent item.
 */
export function nestedList(items: unknown, leaf: (v: unknown) => string, depth: number, trusted: (v: unknown) => string): string {
  if (!Array.isArray(items) || items.length === 0) return '';
  return items
    .map((item) =>
      Array.isArray(item)
        ? nestedList(item, leaf, depth + 1, trusted)
        : `\n${'  '.repeat(depth)}- ${typeof item === 'string' ? leaf(item) : trusted(item)}`,
    )
    .join('');
}

/** A value for Marp's front matter: a YAML double-quoted string of escaped inline text. */
export function frontMatterString(value: string): string {
  return JSON.stringify(value);
}
