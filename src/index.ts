// The public API: import { loadDeck, renderDeck, buildDeck } from 'wgdeck'. Every function comes
// with the types it takes and returns. Importing this module loads no browser, no Marp and no
// pdf-lib: each is loaded by the first call that needs it.
export { loadDeck, parseDeck, type LoadOptions, type LoadedDeck } from './deck/load.js';
export { renderDeck, type DeckMarkdown, type RenderedDeck, type RenderOptions } from './render/render.js';
export type { MarpOutput } from './render/marp.js';
export type { ResolvedDeck } from './plan.js';
export { buildDeck, deckFiles, type BuildOptions, type BuildResult } from './build.js';
export { BrowserPool, type BrowserPoolOptions } from './browser/pool.js';
export { findBrowser, type FindBrowserOptions, type FoundBrowser } from './browser/find.js';
export { WgdeckError, isWgdeckError, E as errors, type Problem } from './errors.js';
export type * from './deck/types.js';
