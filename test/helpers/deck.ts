// Decks from YAML text for the slide tests: parsed and validated as `wgdeck` does, then resolved
// or rendered, with each slide's Markdown and HTML at hand.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeck, type LoadedDeck } from '../../src/deck/load.js';
import type { Deck } from '../../src/deck/types.js';
import { renderDeck, type RenderedDeck } from '../../src/render/render.js';
import { resolveDeck } from '../../src/plan.js';
import type { ResolvedSlide } from '../../src/slides/types.js';
import { tempDir } from './cli.js';

/** A deck file's head for an IETF meeting; tests append what they check. */
export function head(
  meeting = 'number: 123\n  date: 2025-07-22',
  group = 'acronym: saag\n  name: Security Area Advisory Group',
): string {
  return `meeting:\n  ${meeting}\ngroup:\n  ${group}\n`;
}

/**
 * The IETF 126 QUIC agenda's shape, which the template holds on one slide: eleven items in two sections, each with its
 * minutes.
 */
const QUIC_126_HEAD = head('number: 126\n  city: Vienna\n  date: 2026-07-21', 'acronym: quic\n  name: QUIC');
export const QUIC_126 = `${QUIC_126_HEAD}agenda:
  items:
    - section: WG Items
      items:
        - { topic: Administrivia and agenda bashing, minutes: 5 }
        - { topic: QLOG, minutes: 15 }
        - { topic: ACK Receive Timestamps, minutes: 10 }
        - { topic: QUIC Stream Multiplexing (QMux), minutes: 20 }
        - { topic: Extended Key Update, minutes: 10 }
    - section: Other
      items:
        - { topic: MoQT over QMux, minutes: 5 }
        - { topic: Minimum RTT estimation, minutes: 10 }
        - { topic: Calibrating Minimum RTT Under Low ACK Frequency, minutes: 10 }
        - { topic: Application of Explicit Measurement Techniques for QUIC Troubleshooting, minutes: 10 }
        - { topic: New Server Preferred Address, minutes: 10 }
        - { topic: Exchanging Congestion Control data, minutes: 10 }
slides: [agenda]
`;

/** The folder of the decks that bring no files: it exists, and their files are named in it. */
let shared: string | undefined;
let decks = 0;

/**
 * A deck parsed from `source` as if read from a file, so positions and paths are real. A deck with
 * `files` has a folder of its own holding them and the deck file, where its images resolve. The others
 * are named in one shared folder and not written: wgdeck reads a deck file once, and creating files
 * costs the property tests, with thousands of decks, more than their renders.
 */
export function loadedOf(source: string, files: Record<string, string | Buffer> = {}): LoadedDeck {
  let file: string;
  if (Object.keys(files).length > 0) {
    const dir = tempDir('wgdeck-slides-');
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    file = join(dir, 'deck.yaml');
    writeFileSync(file, source);
  } else {
    shared ??= tempDir('wgdeck-slides-');
    file = join(shared, `deck-${++decks}.yaml`);
  }
  return parseDeck(source, file);
}

/** loadedOf's deck. */
export function deckOf(source: string, files: Record<string, string | Buffer> = {}): Deck {
  return loadedOf(source, files).deck;
}

export async function slidesOf(source: string, files: Record<string, string | Buffer> = {}): Promise<ResolvedSlide[]> {
  return (await resolveDeck(deckOf(source, files))).slides;
}

export interface Rendered extends RenderedDeck {
  /** each slide's Marp Markdown, without the front matter */
  markdowns: string[];
  /** each slide's <section> HTML */
  sections: string[];
}

export async function rendered(source: string, files: Record<string, string | Buffer> = {}): Promise<Rendered> {
  return withSlides(await renderDeck(deckOf(source, files)));
}

/** Splits a rendered deck by slide; only wgdeck writes slide breaks, so the split is exact. */
export function withSlides(r: RenderedDeck): Rendered {
  const body = r.markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return { ...r, markdowns: body.split('\n---\n\n'), sections: r.marp.html.split(/(?=<section\b)/).slice(1) };
}

/** The text a slide shows: tags dropped, entities decoded, white space collapsed. */
export function textOf(html: string): string {
  return (
    html
      // Inline tags join their text to what surrounds it; block tags separate.
      .replace(/<\/?(a|strong|em|span|code|b|i)\b[^>]*>/gi, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos|nbsp);/gi, (e) => {
        const named: Record<string, string> = {
          '&amp;': '&',
          '&lt;': '<',
          '&gt;': '>',
          '&quot;': '"',
          '&apos;': "'",
          '&nbsp;': ' ',
        };
        if (named[e.toLowerCase()]) return named[e.toLowerCase()];
        return String.fromCodePoint(
          e[2] === 'x' || e[2] === 'X' ? parseInt(e.slice(3, -1), 16) : parseInt(e.slice(2, -1), 10),
        );
      })
      .replace(/\s+/g, ' ')
      .trim()
  );
}
