// The public API: import { loadDeck, renderDeck, buildDeck, agendaMarkdown } from 'wgdeck'. Every
// function comes with the types it takes and returns. Importing this module loads no browser, no
// Marp and no pdf-lib: each is loaded by the first call that needs it.
export { loadDeck, parseDeck, type LoadOptions, type LoadedDeck } from './deck/load.js';
export { renderDeck, type RenderedDeck, type RenderOptions } from './render/render.js';
export type { MarpOutput } from './render/marp.js';
export type { ResolvedDeck } from './plan.js';
export { buildDeck, type BuildOptions, type BuildResult } from './build.js';
export { deckFiles } from './deck/files.js';
export { BrowserPool, type BrowserPoolOptions } from './browser/pool.js';
export { findBrowser, type FindBrowserOptions, type FoundBrowser } from './browser/find.js';
export { WgdeckError, isWgdeckError, E as errors, type Problem } from './errors.js';
export type * from './deck/types.js';
export { agendaMarkdown } from './export/agenda.js';
export { notesMarkdown } from './export/notes.js';
export { DatatrackerClient, type ClientOptions } from './ietf/datatracker/client.js';
export { fetchGroupFacts, type GroupFacts } from './ietf/datatracker/api.js';
export { mapFacts, type DatatrackerFields } from './ietf/datatracker/map.js';
export { updateDeckSource } from './ietf/datatracker/update.js';
