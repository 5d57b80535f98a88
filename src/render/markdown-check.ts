// The Markdown checks of a render without Marp, for `validate`: markdown-it configured as marp-core
// configures its own (CommonMark with tables, strike-through, line breaks, links found in text but
// no fuzzy ones, HTML recognised), Marpit's own rule for comments and directives, and wgdeck's rules
// for a chair's Markdown (untrusted.ts) on top. What a chair's lines may hold is decided by the same
// rules on the same tokens as in a render; what is left out is Marp's slides, themes and HTML, and
// with them most of a cold start. A render still checks on Marp's own instance.
import { comment } from '@marp-team/marpit/lib/markdown/comment.js';
import MarkdownIt from 'markdown-it';
import { type TemplateRefusal, type UntrustedEnv, untrustedMarkdown } from './untrusted.js';

let parser: MarkdownIt | undefined;

function createParser(): MarkdownIt {
  // marp-core's own settings (its Marp constructor): wgdeck's HTML allowlist turns HTML on.
  const md = new MarkdownIt('commonmark', { breaks: true, linkify: true, html: true });
  md.enable(['table', 'linkify', 'strikethrough']);
  md.linkify.set({ fuzzyLink: false });
  // Marpit's rules read their options from the Marpit instance they expect; this one only
  // `looseYAML`, for the directives it parses from comments outside a chair's lines. What they say
  // does not matter here (only where a comment is), so the quicker strict reading serves.
  Object.defineProperty(md, 'marpit', { value: { options: { looseYAML: false } } });
  md.use(comment);
  untrustedMarkdown(md);
  return md;
}

/**
 * Parses a deck's Marp Markdown as a render would, for what it refuses: `body` with the front
 * matter's lines left blank (Marp reads them as directives, not Markdown; the footer among them is
 * escaped text, in which no link can be found).
 */
export function checkMarkdown(body: string, untrusted: UntrustedEnv, refused: TemplateRefusal): void {
  parser ??= createParser();
  parser.parse(body, { untrusted, refused });
}
