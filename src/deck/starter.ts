// The placeholders `wgdeck new` writes into a starter deck (src/cli/starter.ts). Validation refuses
// a deck that still holds one, so a deck is never presented with "Chair One" on its title slide.

export const PLACEHOLDER = {
  chairs: ['Chair One', 'Chair Two'],
  ad: 'Area Director',
  presenter: 'An Author',
  topic: 'A working-group draft',
  draft: (acronym: string) => `draft-ietf-${acronym}-example`,
} as const;

const NAMES = new Set<string>([...PLACEHOLDER.chairs, PLACEHOLDER.ad, PLACEHOLDER.presenter, PLACEHOLDER.topic]);
const DRAFT = /^draft-ietf-[a-z0-9-]+-example$/;

/** Whether a text is one of the starter deck's placeholders. */
export function isPlaceholder(text: string): boolean {
  return NAMES.has(text.trim()) || DRAFT.test(text.trim());
}
