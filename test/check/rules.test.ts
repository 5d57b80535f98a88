// A seed deck's PDF as the proceedings get it: metadata, bookmarks, links, slide numbers, embedded
// fonts, 16:9 pages, speaker notes with --notes; and the upload rules on it and on broken PDFs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString } from 'pdf-lib';
import { testPool as pool } from '../helpers/pool.js';
import { buildDeck } from '../../src/build.js';
import { readPdf, type PdfFacts } from '../../src/check/pdf-info.js';
import { checkPdf } from '../../src/check/rules.js';
import { uploadTitle } from '../../src/ietf/upload-rules.js';
import { version } from '../../src/paths.js';
import { pdfText, tempDir } from '../helpers/cli.js';

const teep = new URL('../../../decks/teep-ietf101.yaml', import.meta.url).pathname;
const TITLES = [
  'Trusted Execution Environment Provisioning (TEEP) WG',
  'Note Well',
  'Administrivia',
  'Agenda',
  'Milestones',
  'Discussion: message format',
  'Discussion: Transport protocols',
  'Discussion: OTrP draft ready for adoption',
];

let out: string;
let file: string;
let doc: PDFDocument;
before(async () => {
  out = tempDir();
  const built = await buildDeck(teep, { outDir: out, pdf: true, html: false, notes: true, pool });
  file = built.outputs[0]!;
  doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
});
after(async () => {
  rmSync(out, { recursive: true, force: true });
});

const decoded = (v: unknown) =>
  v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : assert.fail(`not a string: ${v}`);

function annots(page: number, subtype: string): PDFDict[] {
  return (doc.getPages()[page]!.node.Annots()?.asArray() ?? [])
    .map((ref) => doc.context.lookup(ref, PDFDict))
    .filter((a) => a.get(PDFName.of('Subtype')) === PDFName.of(subtype));
}

test('document info names the session, its chairs and wgdeck', () => {
  assert.equal(doc.getTitle(), "IETF 101 TEEP Chairs' Slides");
  assert.equal(doc.getAuthor(), 'Dave Thaler, Nancy Cam-Winget');
  assert.equal(doc.getSubject(), 'Trusted Execution Environment Provisioning (TEEP) session, IETF 101, 2018-03-19');
  assert.match(doc.getKeywords() ?? '', /\bteep\b.*IETF 101/);
  assert.equal(doc.getCreator(), `wgdeck ${version}`);
  assert.equal(decoded(doc.catalog.lookup(PDFName.of('Lang'))), 'en');
});

test('one bookmark per slide, named after it, opening its page', () => {
  const pages = doc.getPages().map((p) => p.ref);
  assert.equal(pages.length, TITLES.length);
  const items: Array<[string, number]> = [];
  let ref = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict).get(PDFName.of('First'));
  while (ref instanceof PDFRef) {
    const item = doc.context.lookup(ref, PDFDict);
    const dest = item.lookup(PDFName.of('Dest'));
    items.push([
      decoded(item.lookup(PDFName.of('Title'))),
      pages.indexOf((dest as unknown as { get(i: number): PDFRef }).get(0)),
    ]);
    ref = item.get(PDFName.of('Next'));
  }
  assert.deepEqual(
    items,
    TITLES.map((t, i) => [t, i]),
  );
});

test('links are clickable: Note Well references, session links, drafts', () => {
  const uris = (page: number) =>
    annots(page, 'Link').map((a) => decoded(a.lookup(PDFName.of('A'), PDFDict).lookup(PDFName.of('URI'))));
  assert.ok(uris(1).includes('https://www.rfc-editor.org/info/bcp79'), uris(1).join(' '));
  assert.ok(uris(1).includes('https://www.rfc-editor.org/info/bcp78'));
  assert.ok(uris(2).includes('https://datatracker.ietf.org/meeting/101/agenda'), uris(2).join(' '));
  assert.ok(uris(3).includes('https://datatracker.ietf.org/doc/draft-pei-opentrustprotocol/'), uris(3).join(' '));
});

test('every slide but the title shows its number, bottom right', () => {
  assert.doesNotMatch(pdfText(file, 1).trim().split('\n').at(-1)!, /\d\s*$/);
  for (let n = 2; n <= TITLES.length; n++) {
    assert.match(pdfText(file, n).trim().split('\n').at(-1)!, new RegExp(`\\s${n}$`), `page ${n}`);
  }
});

test('fonts are embedded, pages are 16:9', () => {
  const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  assert.ok(rows.length > 0);
  for (const row of rows) assert.match(row, /\s+yes\s+yes\s+yes\s+\d+\s+\d+$/, `embedded: ${row}`);
  for (const page of doc.getPages()) {
    const { width, height } = page.getSize();
    assert.ok(Math.abs(width / height - 16 / 9) < 0.001, `${width} x ${height}`);
  }
});

test('--notes puts the speaker notes on their slide as a note annotation', () => {
  const notes = doc.getPages().map((_, i) => annots(i, 'Text').map((a) => decoded(a.lookup(PDFName.of('Contents')))));
  assert.deepEqual(notes, [[], [], [], [], [], [], [], ['Hum, then confirm on the list.']]);
});

test('the built PDF passes every upload rule', async () => {
  const results = checkPdf(await readPdf(file));
  assert.deepEqual(
    results.map((r) => [r.rule, r.ok]),
    [
      ['size', true],
      ['title', true],
      ['slide numbers', true],
      ['16:9', true],
      ['text', true],
    ],
  );
});

// The rules on PDFs described directly: each fault found, and said why.
const word = (text: string, yMin: number) => ({ text, yMin, yMax: yMin + 20 });
const page = (n: number) => ({ width: 960, height: 540, words: [word('Agenda', 20), word(String(n), 505)] });
const good: PdfFacts = {
  file: 'x.pdf',
  bytes: 50_000,
  title: "IETF 101 TEEP Chairs' Slides",
  pages: [1, 2, 3].map(page),
};
const failed = (facts: PdfFacts) =>
  checkPdf(facts)
    .filter((r) => !r.ok)
    .map((r) => `${r.rule}: ${r.detail}`);

test("only size and title are the datatracker's limits; slide numbers, 16:9 and text are house rules", () => {
  assert.deepEqual(
    checkPdf(good).map((r) => [r.rule, r.source]),
    [
      ['size', 'datatracker'],
      ['title', 'datatracker'],
      ['slide numbers', 'house'],
      ['16:9', 'house'],
      ['text', 'house'],
    ],
  );
});

test('a 4:3 page passes the 16:9 rule with a warning, naming the page', () => {
  const ratio = checkPdf({ ...good, pages: [page(1), { ...page(2), width: 720 }, page(3)] }).find(
    (r) => r.rule === '16:9',
  )!;
  assert.equal(ratio.ok, true);
  assert.equal(ratio.warning, true);
  assert.match(ratio.detail, /^1 page not 16:9: 2 \(page 2 is 720 x 540 pt\)/);
  assert.equal(checkPdf(good).find((r) => r.rule === '16:9')!.warning, undefined);
});

test('rules: each fault fails its rule alone, with the reason', () => {
  assert.deepEqual(failed(good), []);
  assert.deepEqual(failed({ ...good, bytes: 40_960_001 }), ['size: too large: 40,960,001 bytes (limit 40,960,000)']);
  assert.deepEqual(failed({ ...good, bytes: 40_960_000 }), []);
  assert.match(failed({ ...good, title: 'IETF 101 TEEP 🎉' }).join(), /^title: .*above U\+FFFF.*🎉 \(U\+1F389\)$/);
  assert.deepEqual(failed({ ...good, title: 'Ω'.repeat(255) }), [], 'BMP characters count one each');
  assert.match(failed({ ...good, title: 'x'.repeat(256) }).join(), /^title: .*256 characters, more than 255$/);
  assert.match(failed({ ...good, title: undefined }).join(), /^title: the PDF has no title/);
  assert.match(failed({ ...good, title: '  ' }).join(), /^title: the PDF has no title/);
  // A number in the middle of a slide is content, not a slide number.
  const middle = { ...good, pages: [page(1), page(2), { width: 960, height: 540, words: [word('3', 260)] }] };
  assert.deepEqual(failed(middle), [
    "slide numbers: no slide number on 1 page 3 (the datatracker's upload form asks for numbered slides)",
  ]);
  assert.deepEqual(
    failed({ ...good, pages: [page(1), { ...page(2), words: [word('12', 505)] }, page(3)] }).map(
      (f) => f.split(':')[0],
    ),
    ['slide numbers'],
  );
  assert.deepEqual(failed({ ...good, pages: [{ ...page(1), words: [] }, page(2), page(3)] }), [
    'text: no extractable text on 1 page 1 (images only?)',
  ]);
});

test('uploadTitle removes what the datatracker refuses from a title', () => {
  assert.deepEqual(uploadTitle('IETF 125 🚀 QUIC'), { title: 'IETF 125 QUIC', removed: ['🚀'], truncated: false });
  assert.deepEqual(uploadTitle("IETF 125 QUIC Chairs' Slides"), {
    title: "IETF 125 QUIC Chairs' Slides",
    removed: [],
    truncated: false,
  });
  const long = uploadTitle('é'.repeat(300));
  assert.equal(long.title.length, 255);
  assert.ok(long.truncated);
  assert.deepEqual(failed({ ...good, title: uploadTitle(`${'😀'.repeat(10)}${'a'.repeat(300)}`).title }), []);
});

test('pdftotext -bbox pages: size and words with positions', async () => {
  const facts = await readPdf(file);
  assert.equal(facts.pages.length, TITLES.length);
  assert.deepEqual({ width: facts.pages[0]!.width, height: facts.pages[0]!.height }, { width: 960, height: 540 });
  assert.ok(facts.pages[1]!.words.some((w) => w.text === 'Note'));
  assert.equal(facts.title, "IETF 101 TEEP Chairs' Slides");
  assert.equal(facts.file, file);
});
