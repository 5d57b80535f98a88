// Every boilerplate text is compared, word for word, with its published source: the seed decks
// (copied to test/fixtures/seeds), the official-template reference decks (test/fixtures/reference)
// and the excerpt of ietf-facts.md in test/fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { NestedList } from '../../src/deck/types.js';
import {
  type Block,
  NOTE_WELL_QR_URL,
  meetingTips,
  noteReallyWell,
  noteWell,
  qrCodeSvg,
  resources,
} from '../../src/ietf/texts.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8');
const seed000 = fixture('seeds/000_03c6d0e15de366eb.txt');
const seed003 = fixture('seeds/003_5f557fee6116b280.txt');
const seed004 = fixture('seeds/004_232470289f0240b1.txt');
const facts = fixture('ietf-facts-boilerplate.md');
// The QUIC chairs' decks made from the official template (shared/reference).
const quic124 = fixture('reference/quic-ietf124.txt');
const quic125 = fixture('reference/quic-ietf125.txt');
const TIPS_ERAS = ['116', '117-120', '121-124', '125+'] as const;

const LINK = /\[([^\]]*)\]\(([^)]*)\)/g;
/** A whole line in italics, as the template sets one tip. */
const EMPHASIS = /^_([^_]+)_$/;
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function flatten(items: NestedList): string[] {
  return items.flatMap((item) => (Array.isArray(item) ? flatten(item) : [item]));
}
const mds = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === 'ul' ? flatten(b.items) : [b.md]));
/** What a reader sees: Markdown links reduced to their label. */
const plain = (blocks: Block[]): string =>
  squash(
    mds(blocks)
      .map((md) => md.replace(EMPHASIS, '$1'))
      .join(' ')
      .replace(LINK, '$1'),
  );
const urls = (blocks: Block[]): string[] => mds(blocks).flatMap((md) => [...md.matchAll(LINK)].map((m) => m[2]!));

/**
 * Seed text as a reader sees it. The fixes undo extraction artefacts only: seed 003's private-use
 * glyphs for parentheses (U+E081, U+E082) and its "ˮ" for a closing quote, Markdown/HTML markup in
 * seeds 000 and 004, bullets, headings and line wraps.
 */
function seedText(s: string): string {
  return squash(
    s
      .replace(/\uE081/g, '(')
      .replace(/\uE082/g, ')')
      .replace(/\u02EE/g, '\u201D')
      .replace(/\[([^\]]*)\]\(#\)/g, '$1')
      .replace(/<(https?:[^>]+)>/g, '$1')
      .replace(/<\/?u>/g, '')
      .replace(/^\s*(#+|-)\s/gm, ' ')
      .replace(/[●○•]/g, ' '),
  );
}

/** The text from `from` (inclusive) up to `to` (exclusive); both must be there. */
function slice(s: string, from: string, to: string): string {
  const start = s.indexOf(from);
  assert.ok(start >= 0, `missing ${JSON.stringify(from)}`);
  const end = s.indexOf(to, start + from.length);
  assert.ok(end >= 0, `missing ${JSON.stringify(to)}`);
  return s.slice(start, end);
}

/** The blockquote under a `### \`era\`` heading of the facts excerpt, bullets and wraps removed. */
function factsQuote(era: string): string {
  const section = slice(facts, `### \`${era}\``, '\n#');
  const quote = section
    .split('\n')
    .filter((line) => line.startsWith('>'))
    .map((line) => line.replace(/^>\s?/, '').replace(/^- /, ''));
  return squash(quote.join('\n'));
}

test('2018 Note Well matches seeds 000, 003 and 004 word for word', () => {
  const ours = plain(noteWell('2018', { irtf: false }));
  const first = 'This is a reminder';
  assert.equal(ours, seedText(slice(seed000, first, '# Dispatch Process')));
  // Seed 003 also lost the space before "(Privacy Policy)" that seeds 000 and 004 keep.
  const from003 = slice(seed003, first, '\nhttps://www7.ietf.org').replace('/\uE081', '/ (');
  assert.equal(ours, seedText(from003));
  assert.equal(ours, seedText(slice(seed004, first, '## Administrative Tasks')));
});

test('2018 Note Well links: the ombudsteam, each BCP, the privacy policy (seed 003)', () => {
  // Seed 003's PDF pointed the ombudsteam at the www7 mirror; ietf-facts.md names www.ietf.org.
  const published = slice(seed003, 'https://www7.ietf.org', '\n\n\n')
    .trim()
    .split('\n')
    .map((u) => u.replace('https://www7.', 'https://www.'));
  assert.deepEqual(urls(noteWell('2018', { irtf: false })), published);
  assert.ok(facts.includes('https://www.ietf.org/contact/ombudsteam/'));
});

test('2018 IRTF variant differs only in who to ask for advice', () => {
  const ietf = plain(noteWell('2018', { irtf: false }));
  const irtf = plain(noteWell('2018', { irtf: true }));
  assert.equal(irtf, ietf.replace('talk to WG chairs or ADs:', 'talk to RG Chairs or IRTF Chair:'));
  assert.notEqual(irtf, ietf);
  assert.deepEqual(urls(noteWell('2018', { irtf: true })), urls(noteWell('2018', { irtf: false })));
});

test('2013 Note Well matches ietf-facts.md, with no links', () => {
  const blocks = noteWell('2013', { irtf: false });
  assert.equal(plain(blocks), factsQuote('2013'));
  assert.deepEqual(urls(blocks), []);
  assert.deepEqual(noteWell('2013', { irtf: true }), blocks);
});

test('2025 Note Well matches ietf-facts.md', () => {
  const quote = factsQuote('2025');
  assert.ok(quote.startsWith('**Note Well** '));
  assert.equal(plain(noteWell('2025', { irtf: false })), quote.slice('**Note Well** '.length));
});

test('2025 Note Well links the phrases of the linked version', () => {
  const blocks = noteWell('2025', { irtf: false });
  const rfc = (n: number): string => `https://www.rfc-editor.org/rfc/rfc${n}.html`;
  const linked = mds(blocks).flatMap((md) => [...md.matchAll(LINK)].map((m) => [m[1], m[2]]));
  assert.deepEqual(linked, [
    ['IETF processes and policies', 'https://www.ietf.org/policies/'],
    ['www.ietf.org/note-well', 'https://www.ietf.org/note-well'],
    ['RFC 7154: IETF Guidelines for Conduct', rfc(7154)],
    [
      'IETF Anti-Harassment Policy',
      'https://datatracker.ietf.org/doc/statement-iesg-ietf-anti-harassment-policy-20131103/',
    ],
    ['Ombudsteam', 'https://www.ietf.org/contact/ombudsteam/'],
    ['RFC 7776: IETF Anti-Harassment Procedures', rfc(7776)],
    ['RFC 5378: Rights Contributors Provide to the IETF Trust', rfc(5378)],
    ['RFC 8179: Intellectual Property Rights in IETF Technology', rfc(8179)],
    ['RFC 2026: Internet Standards Process', rfc(2026)],
    ['RFC 2418: IETF Working Group Guidelines and Procedures', rfc(2418)],
    ['IETF Privacy Statement', 'https://www.ietf.org/privacy-statement/'],
  ]);
  // Every target ietf-facts.md lists for the linked version is used, and nothing else.
  const listed = squash(slice(facts, 'Link targets of the linked version', '## 2.'));
  const targets = new Set(urls(blocks));
  for (const url of targets) {
    const rfcNumber = /rfc(\d+)\.html$/.exec(url)?.[1];
    assert.ok(rfcNumber ? listed.includes(rfcNumber) : listed.includes(url), url);
  }
  assert.equal(targets.size, 11);
  assert.equal(NOTE_WELL_QR_URL, 'https://www.ietf.org/note-well');
});

test('Note Really Well matches seed 003 word for word, with no links', () => {
  const blocks = noteReallyWell();
  const published = slice(seed003, 'Note Really Well', 'IETF 123 Meeting Tips');
  assert.equal(plain(blocks), seedText(published.slice('Note Really Well'.length)));
  assert.deepEqual(urls(blocks), []);
});

/** A reference deck's page text between two titles, as a reader sees it (its page number dropped). */
function referencePage(deck: string, from: string, to: string): string {
  return seedText(slice(deck, from, to).slice(from.length)).replace(/ \d+$/, '');
}

test('Meeting Tips 121-124 match the IETF 124 reference deck word for word, quotes included', () => {
  const tips = meetingTips('121-124', 124);
  assert.equal(tips.title, 'IETF 124 Meeting Tips');
  assert.equal(plain(tips.blocks), referencePage(quic124, 'IETF 124 Meeting Tips', 'Resources for IETF 124'));
  assert.ok(plain(tips.blocks).includes('(usually the \u201cMeetecho lite\u201d) client to:'));
  assert.deepEqual(
    tips.blocks.filter((b) => b.kind === 'h').map((b) => (b as { md: string }).md),
    ['In-person participants', 'Remote participants'],
  );
  assert.deepEqual(meetingTips('121-124', 121).blocks, tips.blocks);
  assert.equal(meetingTips('121-124', 121).title, 'IETF 121 Meeting Tips');
});

test("Meeting Tips 121-124 are seed 003 without the hotspot line, that deck's own addition", () => {
  const hotspot = ' Do not use personal hotspot / mifi devices - it interferes with IETF wifi';
  // " 4" after the last line is the slide's page number.
  const published = slice(seed003, 'IETF 123 Meeting Tips', ' Resources for IETF')
    .slice('IETF 123 Meeting Tips'.length)
    .replace('recommended. 4', 'recommended.');
  assert.ok(seedText(published).includes(hotspot));
  assert.equal(plain(meetingTips('121-124', 123).blocks), seedText(published).replace(hotspot, ''));
  for (const era of TIPS_ERAS) assert.doesNotMatch(plain(meetingTips(era, 125).blocks), /hotspot|mifi/, era);
});

test('Meeting Tips 125+ match the IETF 125 reference deck, the audio line in italics', () => {
  const tips = meetingTips('125+', 125);
  assert.equal(plain(tips.blocks), referencePage(quic125, 'IETF 125 Meeting Tips', 'Resources for IETF 125'));
  const inPerson = tips.blocks[1] as { kind: 'ul'; items: NestedList };
  assert.equal(inPerson.items[2], '_Keep audio and video off if not using the onsite version._');
  assert.deepEqual(
    tips.blocks.filter((b) => b.kind === 'h').map((b) => (b as { md: string }).md),
    ['In-person participants', 'Remote participants', 'All participants'],
  );
});

/** The quoted strings of one bullet of ietf-facts.md section 3, wraps removed. */
function factsTipsQuotes(bullet: string): string[] {
  const section = squash(slice(facts, '## 3. Meeting Tips', '## 4.'));
  const line = slice(section, `- ${bullet}:`, ' - ');
  return [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
}

test('Meeting Tips 116: the lines of ietf-facts.md, the mask line the only one with a full stop', () => {
  const quotes = factsTipsQuotes('IETF 116');
  assert.equal(quotes.length, 6);
  const tips = meetingTips('116', 116);
  assert.equal(tips.title, 'IETF 116 Meeting Tips');
  assert.deepEqual(tips.blocks, [
    { kind: 'h', md: 'In-person participants' },
    { kind: 'ul', items: quotes.slice(0, 4) },
    { kind: 'h', md: 'Remote participants' },
    { kind: 'ul', items: quotes.slice(4) },
  ]);
  assert.deepEqual(
    mds(tips.blocks).filter((line) => line.endsWith('.')),
    ['Please wear a compliant mask at all times in rooms.'],
  );
  assert.ok(mds(tips.blocks)[1]!.includes('\u201cOnsite tool\u201d'));
});

test('Meeting Tips 117-120: 116 without the mask line', () => {
  const tips116 = meetingTips('116', 117).blocks;
  const inPerson = (tips116[1] as { items: NestedList }).items.filter((line) => !String(line).includes('mask'));
  assert.deepEqual(meetingTips('117-120', 117).blocks, [
    tips116[0],
    { kind: 'ul', items: inPerson },
    ...tips116.slice(2),
  ]);
  assert.equal(meetingTips('117-120', 120).title, 'IETF 120 Meeting Tips');
});

test('Meeting Tips 121-124 and 125+: the lines ietf-facts.md quotes', () => {
  const quotes121 = factsTipsQuotes('IETF 121 to 124');
  assert.deepEqual(
    flatten((meetingTips('121-124', 121).blocks[1] as { items: NestedList }).items).concat(
      flatten((meetingTips('121-124', 121).blocks[3] as { items: NestedList }).items),
    ),
    quotes121.filter((q) => !q.endsWith('participants')),
  );
  const quotes125 = factsTipsQuotes('IETF 125 and later');
  const text125 = plain(meetingTips('125+', 125).blocks);
  for (const q of quotes125) assert.ok(text125.includes(q), q);
});

test('Meeting Tips quotes are typographic, as in the template', () => {
  for (const era of TIPS_ERAS) assert.doesNotMatch(mds(meetingTips(era, 125).blocks).join(' '), /['"]/, era);
});

test('Resources 121-124 match seed 003 (IETF 123) and the IETF 124 reference deck, links included', () => {
  const r = resources('121-124', 123, 'Madrid');
  assert.equal(r.title, 'Resources for IETF 123 Madrid');
  const published = slice(seed003, 'Resources for IETF 123 Madrid', '\n https://');
  assert.equal(plain(r.blocks), seedText(published.slice('Resources for IETF 123 Madrid'.length)));
  const targets = slice(seed003, '\n https://datatracker', '\n\n').trim().split('\n');
  assert.deepEqual(urls(r.blocks), targets);
  // The links stand on their own lines under each item, as on the slide.
  assert.deepEqual((r.blocks[0] as { items: NestedList }).items.filter(Array.isArray).length, 3);
  // The QUIC chairs' IETF 124 deck, without a city in its title.
  const r124 = resources('121-124', 124);
  assert.equal(r124.title, 'Resources for IETF 124');
  assert.equal(plain(r124.blocks), referencePage(quic124, 'Resources for IETF 124', 'Admin\n'));
});

test('Resources 125+ match the IETF 125 reference deck: same lines, the two new links of ietf-facts.md', () => {
  const section = squash(facts.slice(facts.indexOf('## 4. Resources slide')));
  const r = resources('125+', 125, 'Shenzhen');
  assert.equal(r.title, 'Resources for IETF 125 Shenzhen');
  assert.equal(plain(r.blocks), referencePage(quic125, 'Resources for IETF 125 Shenzhen', 'WG Doc status'));
  const [agenda, preparation, issues] = urls(r.blocks);
  assert.equal(agenda, 'https://datatracker.ietf.org/meeting/agenda');
  const later = slice(section, 'IETF 125 and later', 'as the last two links');
  assert.ok(later.includes(`with ${preparation} and ${issues}`));
  const before = resources('121-124', 125);
  const norm = (s: string): string => s.replace(LINK, '$1').replace(/\S+:\/\/\S+/g, 'URL');
  assert.equal(norm(plain(r.blocks)), norm(plain(before.blocks)));
});

test('Resources title without a city', () => {
  assert.equal(resources('125+', 126).title, 'Resources for IETF 126');
  assert.equal(resources('125+', 126, 'Vienna').title, 'Resources for IETF 126 Vienna');
});

test('boilerplate Markdown holds nothing but text and links', () => {
  const all = [
    ...noteWell('2013', { irtf: false }),
    ...noteWell('2018', { irtf: false }),
    ...noteWell('2018', { irtf: true }),
    ...noteWell('2025', { irtf: false }),
    ...noteReallyWell(),
    ...TIPS_ERAS.flatMap((era) => meetingTips(era, 125).blocks),
    ...(['121-124', '125+'] as const).flatMap((era) => resources(era, 125, 'X').blocks),
  ];
  for (const md of mds(all)) {
    assert.doesNotMatch(md.replace(LINK, '$1').replace(EMPHASIS, '$1'), /[*_`<>\\[\]#|]|^\d+\.\s|^[-+]\s/, md);
  }
});

test('the QR code is an SVG generated locally, the same each time', async () => {
  const svg = await qrCodeSvg(NOTE_WELL_QR_URL);
  assert.match(svg, /^<svg [^>]*viewBox="0 0 \d+ \d+"/);
  assert.match(svg, /<path /);
  assert.equal(await qrCodeSvg(NOTE_WELL_QR_URL), svg);
  assert.notEqual(await qrCodeSvg('https://www.ietf.org/'), svg);
});
