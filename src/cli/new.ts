import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { E, WgdeckError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { fetchGroupFacts } from '../ietf/datatracker/api.js';
import { mapFacts } from '../ietf/datatracker/map.js';
import { ietfMeeting, nextMeeting, today } from '../ietf/meetings.js';
import { schemaRef } from '../paths.js';
import { builtinThemes } from '../render/themes.js';
import { parse } from './args.js';
import {
  DATATRACKER_HELP,
  DATATRACKER_OPTIONS,
  bareDatatracker,
  datatrackerClient,
  sessionNumber,
} from './datatracker.js';
import { datatrackerDeck, offlineDeck, type StarterOptions } from './starter.js';

export const help = `Usage: wgdeck new <acronym> [--meeting N | --interim] [--datatracker [URL]] [options]

Writes a starter deck for the group's session. With --datatracker it is filled from the datatracker:
the group's name, chairs, AD(s), secretaries and list, its active milestones and drafts (grouped by
stage, with shepherd and AD), and the session (date, local start, duration, room, slot, city). The
agenda is left for the chair. Without it, the deck has placeholders to fill in by hand.

Options:
  -m, --meeting N        the IETF meeting (default: the next one)
      --interim          an interim meeting dated today instead
${DATATRACKER_HELP}
  --theme NAME           the deck's theme (default: ietf)
  -o, --out FILE|DIR     where to write (default: <acronym>-ietf<N>.yaml; missing folders are made)
  -f, --force            overwrite an existing file
  -h, --help             this help

Exit codes: 0 written, 1 invalid input (an option, an unknown group or meeting), 2 environment
(datatracker unreachable without a cached answer, unwritable output); on an error nothing is written.`;

const OPTIONS = {
  meeting: { type: 'string', short: 'm' },
  interim: { type: 'boolean' },
  theme: { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean', short: 'f' },
  ...DATATRACKER_OPTIONS,
} as const;

function usage(detail: string): WgdeckError<{ detail: string; command: string }> {
  return new WgdeckError(E.UsageError, { detail, command: 'new' });
}

/** --out as a file, or as a folder (an existing one, or a path ending in /) to put the default name in. */
function outputFile(out: string | undefined, defaultName: string): string {
  if (out === undefined) return defaultName;
  const isDir = /[/\\]$/.test(out) || (existsSync(out) && statSync(out).isDirectory());
  return isDir ? join(out, defaultName) : out;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse('new', bareDatatracker(argv), OPTIONS);
  if (values.help) {
    console.log(help);
    return 0;
  }
  // Acronyms are lower case in the datatracker; a chair typing TLS means tls.
  const acronym = positionals[0]?.toLowerCase();
  if (!acronym || positionals.length > 1 || !/^[a-z][a-z0-9-]*$/.test(acronym)) {
    throw usage('Give one group acronym, as in the datatracker (e.g. `wgdeck new quic --meeting 126`).');
  }
  if (values.interim && values.meeting !== undefined)
    throw usage('--interim and --meeting exclude each other: an interim has no IETF meeting number.');
  if (values.interim && values.datatracker !== undefined)
    throw usage('--datatracker fills a deck for an IETF meeting session; interims are not on its meeting agendas.');
  const meetingNumber = values.meeting === undefined ? undefined : Number(values.meeting);
  if (meetingNumber !== undefined && !(Number.isInteger(meetingNumber) && meetingNumber > 0))
    throw usage(`--meeting takes an IETF meeting number, got "${values.meeting}".`);
  const session = sessionNumber(values.session, 'new');
  if (session !== undefined && values.datatracker === undefined)
    throw usage('--session picks a session from the datatracker: add --datatracker.');
  const theme = values.theme ?? 'ietf';
  const themes = builtinThemes().map((t) => t.name);
  if (!themes.includes(theme)) throw new WgdeckError(E.ThemeNotFound, { theme, known: themes });

  const date = today();
  const meeting = values.interim
    ? undefined
    : meetingNumber !== undefined
      ? ietfMeeting(meetingNumber)
      : nextMeeting(date);
  const number = meetingNumber ?? meeting?.number;
  const defaultName =
    number !== undefined
      ? `${acronym}-ietf${number}${session && session > 1 ? `-${session}` : ''}.yaml`
      : `${acronym}-interim-${date}.yaml`;
  const out = outputFile(values.out, defaultName);
  if (existsSync(out) && !values.force)
    throw usage(`${out} exists already; wgdeck new does not overwrite it (--force does).`);
  const starter: StarterOptions = { acronym, theme, schema: schemaRef(out), fileName: basename(out) };

  let text: string;
  if (values.datatracker !== undefined && number !== undefined) {
    const client = datatrackerClient(values);
    const facts = await fetchGroupFacts(client, acronym, number);
    if (session !== undefined && session > Math.max(facts.sessions.length, 1)) {
      throw new WgdeckError(E.DatatrackerNoSuchSession, {
        acronym,
        meeting: number,
        session,
        count: facts.sessions.length,
      });
    }
    const mapped = mapFacts(facts, session);
    for (const w of mapped.warnings) process.stderr.write(`warning: ${w}\n`);
    text = datatrackerDeck(starter, mapped.fields, { base: client.baseUrl, today: date });
  } else {
    text = offlineDeck(
      starter,
      meeting ?? (number !== undefined ? { number, start: date, end: date, estimated: true } : { interim: date }),
    );
  }
  // Only now, with the whole deck in hand, is anything written: a failed fetch leaves no folder behind.
  await mkdir(dirname(out), { recursive: true }).catch((e: Error) => {
    throw new WgdeckError(E.OutputNotWritable, { file: out, detail: e.message });
  });
  await writeFileAtomic(out, text);
  console.log(`wrote ${out}: fill in the agenda, then run \`wgdeck build ${out}\``);
  return 0;
}
