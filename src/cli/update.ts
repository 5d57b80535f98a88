import { readFile } from 'node:fs/promises';
import { parseDeck } from '../deck/load.js';
import { E, WgdeckError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { fetchGroupFacts, type DtSession } from '../ietf/datatracker/api.js';
import { mapFacts } from '../ietf/datatracker/map.js';
import { updateDeckSource } from '../ietf/datatracker/update.js';
import { parse } from './args.js';
import {
  DATATRACKER_HELP,
  DATATRACKER_OPTIONS,
  bareDatatracker,
  datatrackerClient,
  sessionNumber,
} from './datatracker.js';
import { unifiedDiff } from './diff.js';

export const help = `Usage: wgdeck update <deck.yaml> [--dry-run] [options]

Refreshes what the deck took from the datatracker: the session (date, start, duration, room, slot),
the group's name, chairs, AD(s), secretaries and list, the Meetecho links, the milestones and the
documents' stages, states, shepherds and ADs. Everything the chair wrote stays as it is, comments
included: the agenda, the administrivia, the slides, a document's on_agenda mark, a chair marked
remote. The deck is written whole or not at all.

Options:
  --dry-run              print the change as a diff and write nothing
${DATATRACKER_HELP}
                         (default: the session named by meeting.session, else the first)
  -h, --help             this help

Exit codes: 0 updated (or up to date), 1 invalid input, 2 environment (datatracker unreachable
without a cached answer, unwritable deck).`;

const OPTIONS = { 'dry-run': { type: 'boolean' }, ...DATATRACKER_OPTIONS } as const;

/** The session the deck is about: --session, else the one whose slot name the deck carries. */
function deckSession(sessions: DtSession[], slotName: string | undefined): number | undefined {
  const index = sessions.findIndex((s) => s.slotName !== '' && s.slotName === slotName);
  return index >= 0 ? index + 1 : undefined;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse('update', bareDatatracker(argv), OPTIONS);
  if (values.help) {
    console.log(help);
    return 0;
  }
  if (positionals.length !== 1)
    throw new WgdeckError(E.UsageError, { detail: 'Name one deck file.', command: 'update' });
  const file = positionals[0];
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    throw new WgdeckError(E.DeckNotFound, { file });
  }
  const { deck } = parseDeck(source, file);
  const number = deck.meeting.interim ? undefined : deck.meeting.number;
  if (number === undefined) throw new WgdeckError(E.DeckNotForMeeting, { file });
  const client = datatrackerClient(values);
  const facts = await fetchGroupFacts(client, deck.group.acronym, number);
  const asked = sessionNumber(values.session, 'update');
  if (asked !== undefined && asked > Math.max(facts.sessions.length, 1)) {
    throw new WgdeckError(E.DatatrackerNoSuchSession, {
      acronym: deck.group.acronym,
      meeting: number,
      session: asked,
      count: facts.sessions.length,
    });
  }
  const session = asked ?? deckSession(facts.sessions, deck.meeting.session);
  const mapped = mapFacts(facts, session);
  // The deck names its session: no need to warn that the group has others.
  for (const w of session === undefined ? mapped.warnings : mapped.warnings.filter((w) => !/--session/.test(w)))
    process.stderr.write(`warning: ${w}\n`);
  const { text, changed } = updateDeckSource(source, mapped.fields);
  // What is written must load: a deck that stopped validating would be worse than a stale one.
  parseDeck(text, file);
  if (!changed) {
    console.log(`${file} is up to date with ${client.baseUrl}`);
    return 0;
  }
  if (values['dry-run']) {
    process.stdout.write(unifiedDiff(source, text, file));
    return 0;
  }
  await writeFileAtomic(file, text);
  console.log(`updated ${file} from ${client.baseUrl}`);
  return 0;
}
