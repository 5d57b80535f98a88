// Escaping by context. Handlebars' HTML escaping does not protect Markdown (a "\n---\n" starts a
// slide, "![bg](...)" loads a file), so every value a template writes goes through one of these.
import { createRequire } from 'node:module';
import MarkdownIt from 'markdown-it';
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
// In Markdown fields, drafts, RFCs and BCPs become links too (web addresses are markdown-it's linkify).
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

// Inline fields are read by markdown-it (HTML off) and written back: text escaped character by
// character, code, emphasis and strike-through as the tags they stand for, links with a checked
// address. So a field can only ever be inline Markdown: no block, HTML, directive or image.
const inline = new MarkdownIt({ html: false, linkify: true });

/** Code as HTML text in which no character is Markdown, HTML or a table's cell separator. */
function codeText(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~=$^:&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const TAGS: Record<string, string> = {
  em_open: '<em>',
  em_close: '</em>',
  strong_open: '<strong>',
  strong_close: '</strong>',
  s_open: '<s>',
  s_close: '</s>',
};

/**
 * An inline Markdown field (agenda notes, administrivia items): emphasis, code and links work,
 * and drafts, RFCs and BCPs become links, but it stays on its line: no HTML, directive, image or block.
 */
export function md(value: unknown): string {
  const tokens = inline.parseInline(oneLine(String(value ?? '')), {})[0]?.children ?? [];
  let out = '';
  let href: string | undefined;
  for (const t of tokens) {
    if (t.type in TAGS) out += TAGS[t.type];
    else if (t.type === 'code_inline') out += `<code>${codeText(t.content)}</code>`;
    else if (t.type === 'link_open') {
      href = t.attrGet('href') ?? '';
      out += '[';
    } else if (t.type === 'link_close') {
      out += `](${url(href ?? '')})`;
      href = undefined;
    } else if (t.type === 'softbreak' || t.type === 'hardbreak') out += ' ';
    else {
      // Text, and what is shown as text: an image as it was written (fields hold no pictures).
      const shown = t.type === 'image' ? `![${t.content}](${t.attrGet('src') ?? ''})` : t.content;
      out += href === undefined ? autolink(shown, MD_LINKS, escapeLiteral) : escapeLiteral(shown);
    }
  }
  return out;
}

// A free Markdown body is not escaped by hand: the template gets a placeholder line, which the
// render replaces by the body's lines and marks them for markdown-it to parse as a chair's Markdown
// (render/untrusted.ts). The placeholder carries a number no deck can guess, so no value forges one.
let placeholder: { start: string; line: RegExp } | undefined;

/**
 * The placeholder's start, and the pattern of its line. The number is made when first needed: loading
 * node:crypto costs a cold start milliseconds, and most slides (all of wgdeck's own kinds) have no body.
 */
function blockPlaceholder(): { start: string; line: RegExp } {
  if (!placeholder) {
    const { randomBytes } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
    const nonce = randomBytes(9).toString('base64url');
    placeholder = { start: `\uF8FF${nonce}:`, line: new RegExp(`^\uF8FF${nonce}:([A-Za-z0-9+/=]*)\uF8FF$`) };
  }
  return placeholder;
}

/** A free Markdown slide body, in a template: one line that the render replaces by the body. */
export function markdownBlock(value: unknown): string {
  return `${blockPlaceholder().start}${Buffer.from(String(value ?? ''), 'utf8').toString('base64')}\uF8FF`;
}

/** A template's output with each Markdown body put in place: the text, and the body's lines [start, end). */
export function expandMarkdownBlocks(rendered: string): {
  text: string;
  blocks: Array<{ start: number; end: number }>;
} {
  const out: string[] = [];
  const blocks: Array<{ start: number; end: number }> = [];
  for (const line of rendered.split('\n')) {
    // Only a line with the placeholder's mark may hold one: the others need no number made.
    const block = line.includes('\uF8FF') ? blockPlaceholder() : undefined;
    const m = block?.line.exec(line);
    if (!m) {
      if (block && line.includes(block.start)) throw new Error('{{mdblock ...}} must stand on a line of its own');
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

/**
 * Text for HTML that wgdeck writes itself (a page's title, its lang attribute): every markup character as a reference.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A value inside a double-quoted HTML attribute of wgdeck's own tags (alt text). */
export function attribute(value: unknown): string {
  return escapeHtml(oneLine(String(value ?? '')));
}

/**
 * A nested list (a string is an item, an array nests under the item before it) as Markdown
 * bullets, each item escaped by `leaf`; wgdeck's own trusted items pass through `trusted`.
 * Starts with a newline when not empty, so a template can put it right after its parent item.
 */
export function nestedList(
  items: unknown,
  leaf: (v: unknown) => string,
  depth: number,
  trusted: (v: unknown) => string,
): string {
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
