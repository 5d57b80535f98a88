// Escaping by context. Handlebars' HTML escaping does not protect Markdown (a "\n---\n" starts a
// slide, "![bg](...)" loads a file), so every value a template writes goes through one of these.
import { randomBytes } from 'node:crypto';
import { draftUrl, rfcUrl, bcpUrl } from '../resolve/session-links.js';

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

/** Whether a link may keep its target: a web, mail or XMPP address, or a place in the page. */
export function isSafeLink(u: string): boolean {
  return SAFE_SCHEMES.test(u.trim()) || u.startsWith('#');
}

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

// A free Markdown body is not escaped by hand: the template gets a placeholder line, which the
// render replaces by the body's lines and marks them for markdown-it to parse as a chair's Markdown
// (render/untrusted.ts). The placeholder carries a number no deck can guess, so no value forges one.
const BLOCK_NONCE = randomBytes(9).toString('base64url');
const BLOCK_LINE = new RegExp(`^\uF8FF${BLOCK_NONCE}:([A-Za-z0-9+/=]*)\uF8FF$`);

/** A free Markdown slide body, in a template: one line that the render replaces by the body. */
export function markdownBlock(value: unknown): string {
  return `\uF8FF${BLOCK_NONCE}:${Buffer.from(String(value ?? ''), 'utf8').toString('base64')}\uF8FF`;
}

/** A template's output with each Markdown body put in place: the text, and the body's lines [start, end). */
export function expandMarkdownBlocks(rendered: string): { text: string; blocks: Array<{ start: number; end: number }> } {
  const out: string[] = [];
  const blocks: Array<{ start: number; end: number }> = [];
  for (const line of rendered.split('\n')) {
    const m = BLOCK_LINE.exec(line);
    if (!m) {
      if (line.includes(`\uF8FF${BLOCK_NONCE}:`)) throw new Error('{{mdblock ...}} must stand on a line of its own');
      out.push(line);
      continue;
    }
    const body = Buffer.from(m[1], 'base64').toString('utf8').replace(/\r\n?/g, '\n').replace(/\s+$/, '');
    // Blank lines around it, so the Markdown reads as blocks of its own in the file too.
    out.push('');
    const start = out.length;
    out.push(...body.split('\n'));
    blocks.push({ start, end: out.length });
    out.push('');
  }
  return { text: out.join('\n'), blocks };
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
