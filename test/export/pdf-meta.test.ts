import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Marp } from '@marp-team/marp-core';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib';
import { testPool as pool } from '../helpers/pool.js';
import { printDocument, renderPdf } from '../../src/export/pdf.js';
import { renderMarp } from '../../src/render/marp.js';
import { finishPdf, type PdfMeta } from '../../src/export/pdf-meta.js';

let dir: string;
let printed: Uint8Array;
after(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
});

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgdeck-meta-'));
  const baseUrl = `${pathToFileURL(dir).href}/`;
  const marp = new Marp({ html: false, emoji: { shortcode: true, unicode: false }, math: false });
  const out = renderMarp(
    marp,
    '# QUIC WG\n\n[Charter](https://datatracker.ietf.org/wg/quic/about/)\n\n---\n\n# ' +
      'Agenda\n\n---\n\n# Note Well\n\n[BCP 79](https://www.rfc-editor.org/info/bcp79)',
  );
  printed = await renderPdf(pool, { html: printDocument(out, { baseUrl }), baseUrl });
});

const META: PdfMeta = {
  title: 'QUIC WG — IETF 124 Montréal',
  author: 'Lucas Pardue, Matt Joras',
  subject: 'IETF 124 QUIC session',
  keywords: ['IETF 124', 'quic'],
  creator: 'wgdeck 0.1.0',
  lang: 'en',
  outline: [
    { title: 'QUIC WG', page: 0 },
    { title: 'Agenda — 議題', page: 1 },
    { title: 'Note Well', page: 2 },
  ],
  notes: [
    { page: 1, text: 'Ask for a note taker.\nThen the agenda bash.' },
    { page: 1, text: 'Jabber scribe too' },
    { page: 2, text: '   ' },
  ],
};

function text(dict: PDFDict, key: string): string {
  const value = dict.lookup(PDFName.of(key));
  assert.ok(value instanceof PDFString || value instanceof PDFHexString, key);
  return value.decodeText();
}

function annotations(doc: PDFDocument, page: number, subtype: string): PDFDict[] {
  const annots = doc.getPages()[page]?.node.Annots();
  return (annots?.asArray() ?? [])
    .map((ref) => doc.context.lookup(ref, PDFDict))
    .filter((a) => a.get(PDFName.of('Subtype')) === PDFName.of(subtype));
}

test('document info, language and window title', async () => {
  const before = new Date();
  const doc = await PDFDocument.load(await finishPdf(printed, META), { updateMetadata: false });
  assert.equal(doc.getTitle(), META.title);
  assert.equal(doc.getAuthor(), META.author);
  assert.equal(doc.getSubject(), META.subject);
  assert.equal(doc.getKeywords(), 'IETF 124 quic');
  assert.equal(doc.getCreator(), 'wgdeck 0.1.0');
  assert.match(doc.getProducer() ?? '', /^Skia\/PDF/, "Chromium's producer is kept when none is given");
  for (const date of [doc.getCreationDate(), doc.getModificationDate()]) {
    assert.ok(date && date.getTime() >= before.getTime() - 1000, String(date));
  }
  assert.equal(text(doc.catalog, 'Lang'), 'en');
  const prefs = doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
  assert.equal(prefs.get(PDFName.of('DisplayDocTitle')), PDFBool.True);

  const info = execFileSync('pdfinfo', ['-'], {
    input: await finishPdf(printed, { ...META, producer: 'wgdeck' }),
    encoding: 'utf8',
  });
  assert.match(info, /^Title:\s+QUIC WG — IETF 124 Montréal$/m);
  assert.match(info, /^Producer:\s+wgdeck$/m);
});

test('the outline: one bookmark per item, linked both ways, each opening its page', async () => {
  const doc = await PDFDocument.load(await finishPdf(printed, META));
  const pageRefs = doc.getPages().map((p) => p.ref);
  const rootRef = doc.catalog.get(PDFName.of('Outlines'));
  assert.ok(rootRef instanceof PDFRef);
  const root = doc.context.lookup(rootRef, PDFDict);
  assert.equal(root.get(PDFName.of('Type')), PDFName.of('Outlines'));
  assert.equal(root.lookup(PDFName.of('Count'), PDFNumber).asNumber(), 3);
  assert.equal(doc.catalog.get(PDFName.of('PageMode')), PDFName.of('UseOutlines'));

  const items: Array<{ title: string; page: number }> = [];
  let previous: PDFRef | undefined;
  let ref = root.get(PDFName.of('First'));
  while (ref instanceof PDFRef) {
    const item = doc.context.lookup(ref, PDFDict);
    assert.equal(item.get(PDFName.of('Parent')), rootRef);
    assert.equal(item.get(PDFName.of('Prev')), previous);
    const dest = item.lookup(PDFName.of('Dest'), PDFArray);
    assert.equal(dest.get(1), PDFName.of('Fit'));
    items.push({ title: text(item, 'Title'), page: pageRefs.indexOf(dest.get(0) as PDFRef) });
    previous = ref;
    ref = item.get(PDFName.of('Next'));
  }
  assert.equal(root.get(PDFName.of('Last')), previous);
  assert.deepEqual(items, META.outline);
});

test('link annotations survive', async () => {
  const doc = await PDFDocument.load(await finishPdf(printed, META));
  const uri = (page: number) =>
    annotations(doc, page, 'Link').map((a) =>
      a.lookup(PDFName.of('A'), PDFDict).lookup(PDFName.of('URI'), PDFString).decodeText(),
    );
  assert.deepEqual(uri(0), ['https://datatracker.ietf.org/wg/quic/about/']);
  assert.deepEqual(uri(2), ['https://www.rfc-editor.org/info/bcp79']);
});

test('speaker notes: closed text annotations at the top left, blank notes left out', async () => {
  const doc = await PDFDocument.load(await finishPdf(printed, META));
  assert.deepEqual(annotations(doc, 0, 'Text'), []);
  assert.deepEqual(annotations(doc, 2, 'Text'), []);
  const notes = annotations(doc, 1, 'Text');
  assert.deepEqual(
    notes.map((n) => text(n, 'Contents')),
    ['Ask for a note taker.\nThen the agenda bash.', 'Jabber scribe too'],
  );
  const { height } = doc.getPages()[1]!.getSize();
  for (const note of notes) {
    assert.equal(note.get(PDFName.of('Open')), PDFBool.False);
    const [, , , top] = note
      .lookup(PDFName.of('Rect'), PDFArray)
      .asArray()
      .map((n) => (n as PDFNumber).asNumber());
    assert.equal(top, height);
  }
  const lefts = notes.map((n) => (n.lookup(PDFName.of('Rect'), PDFArray).get(0) as PDFNumber).asNumber());
  assert.deepEqual(lefts, [0, 24], 'two notes on one page side by side');
});

test('no bookmarks given: no outline; a page out of range is an error', async () => {
  const doc = await PDFDocument.load(await finishPdf(printed, { title: 'T', creator: 'wgdeck', outline: [] }));
  assert.equal(doc.catalog.get(PDFName.of('Outlines')), undefined);
  await assert.rejects(
    finishPdf(printed, { title: 'T', creator: 'wgdeck', outline: [{ title: 'X', page: 3 }] }),
    RangeError,
  );
  await assert.rejects(
    finishPdf(printed, { title: 'T', creator: 'wgdeck', outline: [], notes: [{ page: -1, text: 'x' }] }),
    RangeError,
  );
});
