// Markdown a chair writes (a `markdown:` slide) inside the deck's Marp Markdown, decided by
// markdown-it itself: its lines are parsed as a range of their own, so no block (an unclosed fence,
// a list, an HTML block) can reach past them, and while they are parsed the rules that would let
// them act on the deck (raw HTML, comments that Marp takes as directives, <style>, the thematic
// break that Marp takes as a slide break) do not apply: what they would have matched stays text.
// Images must resolve to a file inside the deck's folder (inlined), links to a web or mail address.
// There is no second Markdown parser here: every decision is a markdown-it rule saying yes or no.
import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { isSafeLink } from '../text/escape.js';

/** Lines [start, end) of the document that hold a chair's Markdown, and where they came from. */
export interface UntrustedRegion {
  start: number;
  end: number;
}

/** Where in a region something was found: the region's index and the line within it (0-based). */
export interface RegionLine {
  region: number;
  line: number;
}

export type Refusal = 'html' | 'directive' | 'slide-break' | 'image' | 'link';

/** What the render passes in `env.untrusted`: the regions, and how to treat what they hold. */
export interface UntrustedEnv {
  regions: UntrustedRegion[];
  /** an image's src as the slide may load it (a data: URI), or undefined to refuse it */
  image(src: string, at: RegionLine): string | undefined;
  /** something the chair wrote that is shown as text or dropped instead */
  refused(kind: Refusal, what: string, at: RegionLine): void;
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
type InlineRule = (state: StateInline, silent: boolean) => boolean;

/** Block rules that do not apply to a chair's lines, and what a match would have been. */
const BLOCK_OFF: Record<string, Refusal> = {
  hr: 'slide-break',
  html_block: 'html',
  marpit_comment: 'directive',
  marpit_style_parse: 'html',
};
const INLINE_OFF: Record<string, Refusal> = { html_inline: 'html', marpit_inline_comment: 'directive' };

interface RuleEntry<F> {
  name: string;
  fn: F;
  alt: string[];
}

export function untrustedMarkdown(md: MarkdownIt): void {
  // The region being parsed, block or inline; parsing is synchronous, so one variable is enough.
  let current: RegionLine | undefined;
  const envOf = (env: unknown) => (env as { untrusted?: UntrustedEnv }).untrusted;

  const blockRules = (md.block.ruler as unknown as { __rules__: Array<RuleEntry<BlockRule>> }).__rules__;
  for (const [name, kind] of Object.entries(BLOCK_OFF)) {
    const rule = blockRules.find((r) => r.name === name);
    if (!rule) continue;
    const { fn, alt } = rule;
    md.block.ruler.at(
      name,
      (state, startLine, endLine, silent) => {
        if (!current) return fn(state, startLine, endLine, silent);
        // Asked without side effects: would the rule have matched? Then the chair hears of it once.
        if (!silent && fn(state, startLine, endLine, true)) {
          const text = state.src.slice(state.bMarks[startLine] + state.tShift[startLine], state.eMarks[startLine]);
          envOf(state.env)?.refused(kind, text, {
            region: current.region,
            line: startLine - envOf(state.env)!.regions[current.region].start,
          });
        }
        return false;
      },
      { alt },
    );
  }
  const inlineRules = (md.inline.ruler as unknown as { __rules__: Array<RuleEntry<InlineRule>> }).__rules__;
  for (const [name, kind] of Object.entries(INLINE_OFF)) {
    const rule = inlineRules.find((r) => r.name === name);
    if (!rule) continue;
    const { fn, alt } = rule;
    md.inline.ruler.at(
      name,
      (state, silent) => {
        if (!current) return fn(state, silent);
        if (!silent) {
          const start = state.pos;
          if (fn(state, true)) envOf(state.env)?.refused(kind, state.src.slice(start, state.pos), current);
          state.pos = start;
        }
        return false;
      },
      { alt },
    );
  }

  // Block parsing: the trusted lines and each region as separate ranges of one parse.
  const coreRules = (md.core.ruler as unknown as { __rules__: Array<RuleEntry<(state: StateCore) => void>> }).__rules__;
  const blockRule = coreRules.find((r) => r.name === 'block')!.fn;
  md.core.ruler.at('block', (state: StateCore) => {
    const regions = envOf(state.env)?.regions ?? [];
    if (state.inlineMode || regions.length === 0) return blockRule(state);
    const block = new md.block.State(state.src, md, state.env, state.tokens);
    let line = 0;
    regions.forEach((r, i) => {
      md.block.tokenize(block, line, r.start);
      const first = state.tokens.length;
      current = { region: i, line: 0 };
      try {
        md.block.tokenize(block, r.start, r.end);
      } finally {
        current = undefined;
      }
      for (const t of state.tokens.slice(first)) t.meta = { ...t.meta, wgdeckRegion: i };
      line = r.end;
    });
    md.block.tokenize(block, line, block.lineMax);
  });

  // Inline parsing: a region's inline content is parsed with the same rules switched off.
  md.core.ruler.at('inline', (state: StateCore) => {
    const regions = envOf(state.env)?.regions ?? [];
    let line = 0;
    for (const t of state.tokens) {
      if (t.map) line = t.map[0];
      if (t.type !== 'inline') continue;
      const region = t.meta?.wgdeckRegion as number | undefined;
      current = region === undefined ? undefined : { region, line: line - regions[region].start };
      t.children ??= [];
      try {
        md.inline.parse(t.content, md, state.env, t.children);
      } finally {
        current = undefined;
      }
    }
  });

  // Before Marp reads an image (as a picture or a background), its source is settled here; links
  // keep only web and mail addresses, in a template's own Markdown too.
  md.inline.ruler2.before('marpit_parse_image', 'wgdeck_urls', (state: StateInline) => {
    const env = current ? envOf(state.env) : undefined;
    const template = (state.env as { refused?: TemplateRefusal }).refused;
    for (const t of state.tokens) {
      if (t.type === 'image') image(t, env, current, template);
      else if (t.type === 'link_open') link(t, env, current, template);
    }
    return false;
  });
}

/** Told of a link or image that a template (not a chair's Markdown) wrote and that is not kept. */
type TemplateRefusal = (kind: 'link' | 'image', value: string) => void;

function image(t: Token, env: UntrustedEnv | undefined, at: RegionLine | undefined, template?: TemplateRefusal): void {
  const src = t.attrGet('src') ?? '';
  // wgdeck's own templates only ever write images inlined as data: URIs.
  const allowed = env && at ? env.image(src, at) : /^data:image\//i.test(src) ? src : undefined;
  if (allowed !== undefined) return void t.attrSet('src', allowed);
  if (!(env && at)) template?.('image', src);
  // Refused: the alt text stays, as text.
  t.type = 'text';
  t.tag = '';
  t.content = t.children?.map((c) => c.content).join('') ?? '';
  t.children = null;
  t.attrs = null;
}

function link(t: Token, env: UntrustedEnv | undefined, at: RegionLine | undefined, template?: TemplateRefusal): void {
  const href = t.attrGet('href') ?? '';
  if (isSafeLink(href)) return;
  if (env && at) env.refused('link', href, at);
  else template?.('link', href);
  t.attrSet('href', '#');
}
