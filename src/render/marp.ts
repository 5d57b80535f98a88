// One marp-core instance per theme set: offline (emoji stay unicode text for a local emoji font, no Twemoji CDN), no math, and
// HTML limited to the few tags wgdeck's own templates use (every user value has "<" escaped).
import { Marp } from '@marp-team/marp-core';

const HTML_ALLOWLIST = {
  div: ['class'],
  span: ['class'],
  p: ['class'],
  br: [],
  img: ['src', 'alt', 'class'],
  a: ['href', 'class'],
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

export function createMarp(themeCss: string[]): Marp {
  const marp = new Marp({
    html: HTML_ALLOWLIST,
    // Shortcodes off: ":smile:" typed in a text field stays as typed.
    emoji: { shortcode: false, unicode: false },
    math: false,
    minifyCSS: false,
    script: false,
  });
  for (const css of themeCss) marp.themeSet.add(css);
  memoizePack(marp);
  return marp;
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

export function renderMarp(marp: Marp, markdown: string): MarpOutput {
  const { html, css } = marp.render(markdown);
  // Marp writes the theme's size into every slide's <svg viewBox>.
  const size = /<svg data-marpit-svg=""[^>]*\bviewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(html);
  return { html, css, count: (html.match(/<section\b/g) ?? []).length, width: Number(size?.[1] ?? 1280), height: Number(size?.[2] ?? 720) };
}
