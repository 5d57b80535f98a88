// Realistic decks for the benchmark: a meeting's worth of working-group sessions, each with the
// standard boilerplate, a timed agenda in sections, milestones, documents and one of every free
// slide kind (discussion, markdown, table, image, columns, section), 15 to 25 slides each.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ietfMeeting } from '../src/ietf/meetings.js';

const GROUPS = [
  ['quic', 'QUIC'],
  ['tls', 'Transport Layer Security'],
  ['httpbis', 'HTTP'],
  ['lamps', 'Limited Additional Mechanisms for PKIX and SMIME'],
  ['teep', 'Trusted Execution Environment Provisioning'],
  ['oauth', 'Web Authorization Protocol'],
  ['mls', 'Messaging Layer Security'],
  ['rats', 'Remote ATtestation ProcedureS'],
  ['cose', 'CBOR Object Signing and Encryption'],
  ['dnsop', 'Domain Name System Operations'],
  ['idr', 'Inter-Domain Routing'],
  ['v6ops', 'IPv6 Operations'],
  ['masque', 'Multiplexed Application Substrate over QUIC Encryption'],
  ['ohai', 'Oblivious HTTP Application Intermediation'],
  ['scitt', 'Supply Chain Integrity, Transparency, and Trust'],
];
const PEOPLE = [
  'Lucas Pardue',
  'Matt Joras',
  'Deb Cooley',
  'Paul Wouters',
  'Sean Turner',
  'Joe Salowey',
  'Russ Housley',
  'Tim Hollebeek',
  'Mirja Kühlewind',
  'Éric Vyncke',
  'Hannes Tschofenig',
  'Dave Thaler',
  '田中 太郎',
];
const CITIES = ['Prague', 'Vancouver', 'Brisbane', 'Dublin', 'Madrid', 'Montreal', 'Shenzhen', 'Yokohama'];

const MARK = (i: number) =>
  `<circle cx="${80 + i * 120}" cy="100" r="14" fill="#c55a11"/>` +
  `<text x="${80 + i * 120}" y="150" font-size="18" text-anchor="middle" font-family="sans-serif">-0${i}</text>`;
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 200">' +
  `<rect width="640" height="200" fill="#f4f6f8"/>
<line x1="40" y1="100" x2="600" y2="100" stroke="#1f4e79" stroke-width="4"/>
${[0, 1, 2, 3, 4].map(MARK).join('\n')}
</svg>
`;

const pick = <T>(list: T[], i: number) => list[i % list.length];
const q = (s: string) => JSON.stringify(s);

/** A weekday (Monday to Friday) of the meeting's week: a session date outside it is refused. */
function sessionDate(number: number, i: number): string {
  const start = Date.parse(`${ietfMeeting(number)!.start}T00:00:00Z`);
  return new Date(start + (2 + (i % 5)) * 86_400_000).toISOString().slice(0, 10);
}

/** Deck number `i`; `extra` (0 to 7) adds discussion and markdown slides to vary the length. */
function deckYaml(i: number, extra: number): string {
  const [acronym, name] = pick(GROUPS, i);
  const number = 118 + (i % 8);
  const person = (k: number) => pick(PEOPLE, i + k);
  const draft = (k: number) => `draft-ietf-${acronym}-topic-${k}`;
  const topics = (section: number, count: number) =>
    Array.from({ length: count }, (_, k) => {
      const n = section * 3 + k;
      const topic = pick(
        ['Extensions', 'Operational Considerations', 'Security Analysis', 'Interop Report', 'Version 2'],
        i + n,
      );
      const issues = `https://github.com/ietf-wg-${acronym}/issues/${12 + n}`;
      return `        - topic: ${q(`${topic} for ${name}`)}
          presenter: ${q(person(n + 2))}
          minutes: ${10 + ((i + n) % 3) * 5}
          drafts: [${draft(n)}]
          notes: ["Open issues: [#${12 + n}](${issues})", "Adoption call?"]`;
    }).join('\n');
  const markdown = (k: number) => `  - markdown:
      text: |
        # ${name}: ${pick(['Status', 'Open Issues', 'Next Steps', 'Interop', 'Design Team'], i + k)}

        - **${draft(k)}** has ${3 + k} open issues; see the [tracker](https://github.com/ietf-wg-${acronym}/issues)
        - The design team met ${2 + k} times since IETF ${number - 1}
          - Consensus on the wire format, \`code\` changes merged
          - Remaining: *error handling* and IANA considerations
        - Working Group Last Call planned before IETF ${number + 1}
      speaker_notes: Ask whether anyone has implemented the change.`;
  const discussion = (k: number) => `  - discussion:
      title: ${q(`Discussion: ${pick(['message format', 'adoption', 'scope', 'rechartering'], i + k)}`)}
      questions:
        - Should the group take on this work?
        - - What are the alternatives?
          - Is there implementer interest?
        - Who will review?`;
  return `# Benchmark deck ${i + 1}: ${acronym} at IETF ${number}
meeting:
  number: ${number}
  city: ${pick(CITIES, i)}
  date: ${sessionDate(number, i)}
  start: "${String(9 + (i % 6)).padStart(2, '0')}:30"
  duration: 120
  timezone: Europe/Prague
  room: ${q(`Room ${1 + (i % 12)}`)}
  session: ${pick(['Monday Session I', 'Tuesday Session II', 'Thursday Session III'], i)}
group:
  acronym: ${acronym}
  name: ${q(name)}
  chairs: [${q(person(0))}, { name: ${q(person(1))}, email: chair${i}@example.org, remote: true }]
  ads: [${q(person(5))}]
  list: ${acronym}@ietf.org
administrivia:
  note_takers: ${i % 2 ? 2 : `[${q(person(3))}]`}
  chat_scribe: ${q(person(4))}
  items: [Agenda bashing, "Please **state your name** at the mic"]
agenda:
  items:
    - { topic: "Welcome, Administrivia, and Agenda Bashing", presenter: Chairs, minutes: 5 }
    - section: WG Items
      items:
${topics(0, 3)}
    - section: Other Items
      items:
${topics(1, 2)}
    - { topic: Open Mic, minutes: 5 }
milestones:
  note: under review
  items:
    - { due: 2024-03, text: "Submit ${draft(0)} to the IESG", status: done }
    - { due: 2024-11, text: "Adopt a document on operational considerations" }
    - { due: 2025-07, text: "Submit ${draft(1)} to the IESG", status: revised }
    - { due: 2026-03, text: "Recharter or close" }
documents:
  - { name: ${draft(0)}, stage: publication, status: RFC Ed Queue }
  - { name: ${draft(1)}, stage: iesg, status: IESG Evaluation, ad: ${q(person(5))} }
  - { name: ${draft(2)}, stage: wg, status: WG Document, shepherd: ${q(person(1))}, on_agenda: true }
  - { name: draft-${person(7).split(' ')[0].toLowerCase()}-${acronym}-new-idea, stage: individual }
slides:
  - title
  - note-well
  - note-really-well
  - meeting-tips
  - resources
  - administrivia
  - agenda
  - milestones
  - documents
  - section: WG Items
${Array.from({ length: Math.ceil(extra / 2) }, (_, k) => markdown(k)).join('\n')}
  - table:
      title: Interop matrix
      columns: [Implementation, Client, Server, Version]
      rows:
${Array.from({ length: 5 }, (_, k) => `        - [impl-${k}, ${k % 2 ? 'yes' : 'no'}, yes, "-0${k}"]`).join('\n')}
  - image: { title: ${q(`${draft(0)} timeline`)}, src: images/timeline.svg, alt: Revisions of the draft over time }
  - columns:
      title: Related work
      lists: [[IRTF, CFRG, PEARG], [W3C, IEEE, 3GPP]]
${Array.from({ length: Math.floor(extra / 2) + 1 }, (_, k) => discussion(k)).join('\n')}
  - section: { title: Open Mic, subtitle: Thank you }
`;
}

/** Writes `count` decks (and the image they share) into `dir`; returns the deck files. */
export function writeBenchDecks(dir: string, count: number): string[] {
  mkdirSync(join(dir, 'images'), { recursive: true });
  writeFileSync(join(dir, 'images', 'timeline.svg'), SVG);
  return Array.from({ length: count }, (_, i) => {
    const file = join(dir, `deck-${String(i + 1).padStart(3, '0')}.yaml`);
    writeFileSync(file, deckYaml(i, (i * 5) % 8));
    return file;
  });
}
