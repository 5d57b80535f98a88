// One marp-core instance per theme set: offline (emoji stay unicode text for a local emoji font, no Twemoji
// CDN), no math, and HTML limited to the few tags wgdeck's own templates use (every user value has "<" escaped).
import { Marp } from '@marp-team/marp-core';
import { ThemeSet } from '@marp-team/marpit';
import type MarkdownIt from 'markdown-it';
import { isSafeLink } from '../text/escape.js';
import { titleBand } from './title-band.js';
import { untrustedMarkdown, type UntrustedEnv } from './untrusted.js';

// A template (wgdeck's or a chair's override) may link only to web and mail addresses and show only
// images wgdeck inlined: marp-core passes every attribute value through these.
// The render under way is told of each refusal (rendering is synchronous: one at a time).
let refusedByTemplate: ((kind: 'link' | 'image', value: string) => void) | undefined;
/** The value itself when allowed; otherwise the refusal is reported and `replacement` takes its place. */
function allowed(kind: 'link' | 'image', ok: boolean, v: string, replacement: string): string {
  if (ok) return v;
  refusedByTemplate?.(kind, v);
  return replacement;
}
const href = (v: string) => allowed('link', isSafeLink(v), v, '#');
const src = (v: string) => allowed('image', /^data:image\//i.test(v.trim()), v, '');

const HTML_ALLOWLIST = {
  div: { class: true },
  span: { class: true },
  p: { class: true },
  br: {},
  // Inline fields write code, emphasis and strike-through as tags (see md() in escape.ts).
  code: {},
  em: {},
  strong: {},
  s: {},
  img: { src, alt: true, class: true },
  a: { href, class: true },
};

export interface MarpOutput {
  html: string;
  css: string;
  /** number of slides Marp made: must equal the slides wgdeck wrote */
  count: number;
  /** the slide size in CSS px, as the theme sets it (`section { width; height }`): 1280 x 720 for 16:9 */
  width: number;
  height: number;
}

/**
 * `looseDirectives`: read directives in comments as Marp does by default, forgiving values that are
 * not quite YAML (`<!-- _color: #fff -->`), for a template override's own. wgdeck's templates write
 * only valid YAML, which the strict reading reads the same, in a fraction of the time.
 * `cssNesting`: expand nested CSS rules (Marp's default), for a theme of the deck's own; wgdeck's
 * themes and style nest none, and every render's CSS is otherwise walked for them.
 */
export function createMarp(themeCss: string[], { looseDirectives = false, cssNesting = false } = {}): Marp {
  const marp = withoutMarpThemes(
    () =>
      new Marp({
        html: HTML_ALLOWLIST,
        // Shortcodes off: ":smile:" typed in a text field stays as typed.
        emoji: { shortcode: false, unicode: false },
        math: false,
        minifyCSS: false,
        script: false,
        looseYAML: looseDirectives,
        cssNesting,
      }),
  );
  marp.use((md: MarkdownIt) => untrustedMarkdown(md));
  marp.use(titleBand);
  for (const css of themeCss) marp.themeSet.add(css);
  memoizePack(marp);
  return marp;
}

/**
 * marp-core's constructor parses its own themes (default, gaia, uncover) with PostCSS, a tenth of an
 * HTML build's cold start. No deck can use them (a deck names one of wgdeck's themes or a file of its
 * own, whose @import may name only wgdeck's: src/render/themes.ts), so the constructor runs with
 * adding a theme turned off; construction is synchronous, so nothing else sees the stand-in.
 */
function withoutMarpThemes(construct: () => Marp): Marp {
  const { add } = ThemeSet.prototype;
  ThemeSet.prototype.add = () => undefined as never;
  try {
    return construct();
  } finally {
    ThemeSet.prototype.add = add;
  }
}

const PACKED_KEPT = 32;

/**
 * Marp runs the whole theme through PostCSS on every render, a third of a deck's render time;
 * for one theme set the CSS depends only on the theme name and the deck's own style, so it is
 * kept for the decks that share them (the last few, as a preview's edits each make a new one).
 */
function memoizePack(marp: Marp): void {
  const { themeSet } = marp;
  const pack = themeSet.pack.bind(themeSet);
  const packed = new Map<string, string>();
  themeSet.pack = (name, opts) => {
    const key = JSON.stringify([name, opts]);
    let css = packed.get(key);
    if (css === undefined) {
      css = pack(name, opts);
      if (packed.size >= PACKED_KEPT) packed.delete(packed.keys().next().value!);
      packed.set(key, css);
    }
    return css;
  };
}

/**
 * Renders a deck's Marp Markdown. `untrusted` says which lines are a chair's Markdown and how to
 * treat them; `refused` hears of each link or image a template wrote and wgdeck did not keep.
 */
export function renderMarp(
  marp: Marp,
  markdown: string,
  untrusted?: UntrustedEnv,
  refused?: (kind: 'link' | 'image', value: string) => void,
): MarpOutput {
  refusedByTemplate = refused;
  let out: ReturnType<Marp['render']>;
  try {
    out = marp.render(markdown, { untrusted, refused });
  } finally {
    refusedByTemplate = undefined;
  }
  const { html, css } = out;
  // One <svg> per slide: a slide with a split background has more than one <section> inside.
  // Marp writes the theme's size into every slide's <svg viewBox>.
  const size = /<svg data-marpit-svg=""[^>]*\bviewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(html);
  return {
    html,
    css,
    count: (html.match(/<svg data-marpit-svg=/g) ?? []).length,
    width: Number(size?.[1] ?? 1280),
    height: Number(size?.[2] ?? 720),
  };
}
