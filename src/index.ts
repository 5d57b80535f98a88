// The public API: import { loadDeck, renderDeck, buildDeck, agendaMarkdown } from 'wgdeck'.
export { loadDeck, parseDeck } from './deck/load.js';
export { renderDeck, type RenderedDeck, type RenderOptions } from './render/render.js';
export { buildDeck, deckFiles, type BuildOptions, type BuildResult } from './build.js';
export { BrowserPool } from './browser/pool.js';
export { findBrowser } from './browser/find.js';
export { WgdeckError, E as errors, type Problem } from './errors.js';
export type * from './deck/types.js';
export { agendaMarkdown } from './export/agenda.js';
export { notesMarkdown } from './export/notes.js';
export { DatatrackerClient, type ClientOptions } from './ietf/datatracker/client.js';
export { fetchGroupFacts, type GroupFacts } from './ietf/datatracker/api.js';
export { mapFacts, type DatatrackerFields } from './ietf/datatracker/map.js';
export { updateDeckSource } from './ietf/datatracker/update.js';
