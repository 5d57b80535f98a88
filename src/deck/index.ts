// The deck stage: a YAML file in, a validated Deck out.
export { loadDeck, parseDeck, type LoadedDeck, type LoadOptions } from './load.js';
export { validateDeck, deckSchema, type Locator, type Position, type ValidateOptions } from './validate.js';
export * from './types.js';
