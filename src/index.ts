// The public API: import { loadDeck, renderDeck, buildDeck } from 'wgdeck'.
export { loadDeck, parseDeck } from './deck/load.js';
export { renderDeck, type RenderedDeck, type RenderOptions } from './render/render.js';
export { buildDeck, deckFiles, type BuildOptions, type BuildResult } from './build.js';
export { BrowserPool } from './browser/pool.js';
export { findBrowser } from './browser/find.js';
export { WgdeckError, E as errors, type Problem } from './errors.js';
export type * from './deck/types.js';
