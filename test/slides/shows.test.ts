// SHOWS decides whether a standard slide shows without building it (a deck's `slides` list asks it
// for every standard slide it leaves out): each answer must be its builder's, for every era and switch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeck } from '../../src/deck/load.js';
import { STANDARD_SLIDES, type Deck } from '../../src/deck/types.js';
import { resolveDeck } from '../../src/plan.js';
import { SHOWS } from '../../src/slides/index.js';

const decks = new URL('../../../decks/', import.meta.url).pathname;

/** Each deck of decks/ as the standard order builds it, and with every switch that removes a slide. */
function variants(d: Deck): Array<[string, Deck]> {
  const standard: Deck = { ...d, slides: undefined, extra_slides: [] };
  const b = standard.boilerplate;
  return [
    ['as it is', standard],
    ['note_well: false', { ...standard, boilerplate: { ...b, note_well: false } }],
    ['note_really_well: true', { ...standard, boilerplate: { ...b, note_really_well: true } }],
    ['note_really_well: false', { ...standard, boilerplate: { ...b, note_really_well: false } }],
    ['meeting_tips: false', { ...standard, boilerplate: { ...b, meeting_tips: false } }],
    ['resources: false', { ...standard, boilerplate: { ...b, resources: false } }],
    ['administrivia: false', { ...standard, administrivia: false }],
    ['no milestones', { ...standard, milestones: undefined }],
    ['no documents', { ...standard, documents: [] }],
    ['an interim', { ...standard, meeting: { ...standard.meeting, interim: true, number: undefined } }],
  ];
}

test("SHOWS answers as each standard slide's builder does, for every deck in decks/ and every switch", async () => {
  const files = readdirSync(decks, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
  assert.ok(files.length >= 5, files.join());
  const seen = new Set<string>();
  for (const f of files) {
    const { deck } = parseDeck(readFileSync(join(decks, f), 'utf8'), join(decks, f));
    for (const [name, d] of variants(deck)) {
      const built = new Set((await resolveDeck(d)).slides.map((s) => s.kind));
      for (const kind of STANDARD_SLIDES) {
        assert.equal(SHOWS[kind](d), built.has(kind), `${f}, ${name}: ${kind}`);
        seen.add(`${kind} ${built.has(kind)}`);
      }
    }
  }
  // Every kind that can be left out was seen both ways.
  for (const kind of STANDARD_SLIDES.filter((k) => k !== 'title' && k !== 'agenda')) {
    assert.ok(seen.has(`${kind} true`) && seen.has(`${kind} false`), kind);
  }
});
