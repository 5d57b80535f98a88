import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Marp } from '@marp-team/marp-core';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { BrowserPool } from '../../src/browser/pool.js';
import { finishPdf } from '../../src/export/pdf-meta.js';
import { printDocument, renderPdf } from '../../src/export/pdf.js';
import { renderMarp } from '../../src/render/marp.js';

const pool = new BrowserPool({ concurrency: 1 });
let dir: string;
let printed: Uint8Array;
after(async () => {
  await pool.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgdeck-update-'));
  const baseUrl = `${pathToFileURL(dir).href}/`;
  const marp = new Marp({ html: false, emoji: { shortcode: false, unicode: false }, math: false });
  const out = renderMarp(marp, '# One\n\n[a link](https://www.ietf.org/)\n\n---\n\n# Two');
  printed = await renderPdf(pool, { html: printDocument(out, { baseUrl, lang: 'en' }), baseUrl });
});

const META = {
  title: 'T',
  creator: 'wgdeck',
  outline: [
    { title: 'One', page: 0 },
    { title: 'Two', page: 1 },
  ],
  notes: [{ page: 1, text: 'a note' }],
};

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

test("Chromium's bytes are kept whole; the update's table points at its objects and back at Chromium's", async () => {
  const finished = await finishPdf(printed, META);
  assert.deepEqual(finished.subarray(0, printed.length), printed, 'the printed PDF is a prefix of the finished one');
  const text = latin1(finished);
  const update = text.slice(printed.length);
  const table = /\nxref\n([\s\S]*?)trailer\n<<([\s\S]*?)>>\nstartxref\n(\d+)\n%%EOF$/.exec(update);
  assert.ok(table, update.slice(-300));
  assert.equal(Number(table[3]), text.lastIndexOf('\nxref\n') + 1, 'startxref points at the new table');
  const chromiumXref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(latin1(printed))![1];
  assert.match(table[2], new RegExp(`/Prev ${chromiumXref}\\b`));
  const lines = table[1].trim().split('\n');
  let entries = 0;
  for (let i = 0; i < lines.length; ) {
    const [first, count] = lines[i++]!.split(' ').map(Number) as [number, number];
    for (let k = 0; k < count; k++, entries++) {
      const [offset, gen] = lines[i++]!.split(' ').map(Number) as [number, number];
      assert.ok(offset >= printed.length, 'only new or changed objects are in the update');
      assert.equal(text.slice(offset, offset + 20).split('\n')[0], `${first + k} ${gen} obj`);
    }
  }
  // catalog, info, the outline's root and 2 items, the note and the page that carries it
  assert.equal(entries, 7);
});

test('readers take the update: poppler without complaint, pdf-lib with the tagged structure kept', async (t) => {
  const finished = await finishPdf(printed, META);
  const poppler = spawnSync('pdfinfo', ['-'], { input: finished, encoding: 'utf8' });
  if (poppler.error) return t.skip('pdfinfo is not installed');
  assert.equal(poppler.stderr, '', 'no syntax errors, no rebuilt cross-reference table');
  assert.match(poppler.stdout, /^Title:\s+T$/m);
  assert.match(poppler.stdout, /^Tagged:\s+yes$/m);
  assert.match(poppler.stdout, /^Pages:\s+2$/m);
  assert.match(execFileSync('pdftotext', ['-', '-'], { input: finished, encoding: 'utf8' }), /One[\s\S]*Two/);
  const doc = await PDFDocument.load(finished);
  assert.ok(doc.catalog.lookup(PDFName.of('StructTreeRoot')) instanceof PDFDict, 'the tag tree');
  assert.ok(doc.catalog.lookup(PDFName.of('MarkInfo')) instanceof PDFDict);
});

test('a PDF without a cross-reference table (a stream, as pdf-lib writes) is refused, saying why', async () => {
  const other = await (await PDFDocument.create()).save({ useObjectStreams: true });
  await assert.rejects(finishPdf(other, META), /not a PDF that can be updated: no cross-reference table/);
  await assert.rejects(finishPdf(printed.subarray(0, 100), META), /not a PDF that can be updated: no startxref/);
});
