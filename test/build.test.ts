import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDeck } from '../src/index.js';
import { pdfPages, pdfText, tempDir } from './helpers/cli.js';
import { testPool as pool } from './helpers/pool.js';
import { FIELD_INJECTIONS } from './helpers/hostile.js';

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

function deck(dir: string, topic: string, title = 'QUIC'): string {
  const file = join(dir, 'deck.yaml');
  writeFileSync(
    file,
    `meeting: { number: 121, date: 2024-11-05, city: Dublin }
group: { acronym: quic, name: ${JSON.stringify(title)}, chairs: [Lucas Pardue, Matt Joras] }
agenda:
  items:
    - { topic: ${JSON.stringify(topic)}, presenter: Chairs, minutes: 5 }
    - { topic: Open Mic, minutes: 10 }
`,
  );
  return file;
}

test('a deck builds to a real PDF: page count, title slide, Note Well of its era', async () => {
  const dir = tempDir();
  const r = await buildDeck(deck(dir, 'Agenda bashing'), { outDir: join(dir, 'out'), pool });
  const pdf = join(dir, 'out', 'deck.pdf');
  assert.deepEqual(r.outputs, [join(dir, 'out', 'deck.html'), pdf]);
  // IETF 121: title, Note Well, Note Really Well, Meeting Tips (121-124), Resources (from 121), administrivia, agenda.
  assert.equal(pdfPages(pdf), 7);
  assert.equal(r.slides, 7);
  const title = normalize(pdfText(pdf, 1));
  assert.match(title, /IETF 121 QUIC/);
  assert.match(title, /5 November 2024/);
  assert.match(title, /Lucas Pardue, Matt Joras/);
  assert.match(title, /This session is being recorded/);
  const noteWell = normalize(pdfText(pdf, 2));
  assert.match(
    noteWell,
    /^Note Well This is a reminder of IETF policies in effect on various topics such as patents or code of conduct\./,
  );
  assert.match(noteWell, /BCP 79 \(Patents, Participation\)/);
  assert.match(normalize(pdfText(pdf, 3)), /^Note Really Well/);
  assert.match(normalize(pdfText(pdf, 4)), /IETF 121 Meeting Tips/);
  assert.match(normalize(pdfText(pdf, 5)), /^Resources for IETF 121 Dublin/);
});

test('text fields stay literal in the PDF, and cannot add slides', async () => {
  const dir = tempDir();
  const plain = await buildDeck(deck(dir, 'Agenda bashing'), {
    outDir: join(dir, 'plain'),
    pool,
    html: false,
    pdf: true,
  });
  const expected = pdfPages(plain.outputs[0]);
  for (const value of FIELD_INJECTIONS) {
    const sub = join(dir, String(FIELD_INJECTIONS.indexOf(value)));
    mkdirSync(sub);
    const r = await buildDeck(deck(sub, value, `Group ${value}`), { outDir: sub, pool, html: false, pdf: true });
    const pdf = r.outputs[0];
    assert.equal(pdfPages(pdf), expected, `page count for ${JSON.stringify(value)}`);
    const agenda = normalize(pdfText(pdf, expected));
    assert.ok(agenda.includes(normalize(value)), `agenda shows ${JSON.stringify(value)} literally: ${agenda}`);
    assert.ok(
      normalize(pdfText(pdf, 1)).includes(normalize(`Group ${value}`)),
      'title slide shows the group name literally',
    );
  }
});

test('speaker notes and HTML: the HTML page carries the notes, slide titles and no script from the deck', async () => {
  const dir = tempDir();
  const file = join(dir, 'notes.yaml');
  writeFileSync(
    file,
    `meeting: { number: 125, date: 2026-03-17 }
group: { acronym: tls, name: Transport Layer Security, chairs: [Sean Turner] }
agenda:
  items: [{ topic: "</script><script>alert(1)</script>", minutes: 5 }]
slides:
  - agenda: { speaker_notes: "Remind people </script> to sign in" }
`,
  );
  const r = await buildDeck(file, { outDir: dir, html: true, pdf: false });
  const html = readFileSync(r.outputs[0], 'utf8');
  assert.equal((html.match(/<script/g) ?? []).length, 2, 'only the viewer data JSON and the viewer script');
  const data = JSON.parse(/<script type="application\/json" id="wgdeck-data">([\s\S]*?)<\/script>/.exec(html)![1]);
  assert.deepEqual(
    { notes: data.notes, titles: data.titles },
    { notes: ['Remind people </script> to sign in'], titles: ['Agenda'] },
  );
  assert.equal(data.agenda.items[0].topic, '</script><script>alert(1)</script>');
});

test('a failed build leaves an existing PDF as it was, and no partial file', async () => {
  const dir = tempDir();
  const file = deck(dir, 'Agenda bashing');
  await buildDeck(file, { outDir: dir, pool });
  const before = readFileSync(join(dir, 'deck.pdf'));
  writeFileSync(file, readFileSync(file, 'utf8').replace('minutes: 5', 'minutes: five'));
  await assert.rejects(
    buildDeck(file, { outDir: dir, pool }),
    (e: Error & { code?: string }) => e.code === 'deck-invalid',
  );
  assert.deepEqual(readFileSync(join(dir, 'deck.pdf')), before);
  // An image the deck names but that does not exist is one of the deck's validation errors.
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('minutes: five', 'minutes: 5') +
      'slides: [{ image: { src: missing.png, alt: x } }]\n',
  );
  await assert.rejects(
    buildDeck(file, { outDir: dir, pool }),
    (e: Error & { code?: string }) =>
      e.code === 'deck-invalid' && /The image "missing\.png" does not exist/.test(e.message),
  );
  assert.deepEqual(readFileSync(join(dir, 'deck.pdf')), before);
  assert.deepEqual(readdirSync(dir).sort(), ['deck.html', 'deck.pdf', 'deck.yaml']);
  assert.ok(existsSync(join(dir, 'deck.html')));
});
