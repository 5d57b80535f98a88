// `wgdeck check`: a good PDF passes, and each PDF the datatracker would refuse (or a chair would
// regret uploading) fails with its reason and exit code 1.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { Marp } from '@marp-team/marp-core';
import { PDFDocument } from 'pdf-lib';
import { pathToFileURL } from 'node:url';
import { testPool } from '../helpers/pool.js';
import { printDocument, renderPdf } from '../../src/export/pdf.js';
import { renderMarp } from '../../src/render/marp.js';
import { tempDir, wgdeck } from '../helpers/cli.js';
import { joined } from '../helpers/regex.js';

const minimal = new URL('../../../decks/minimal.yaml', import.meta.url).pathname;
let dir: string;
let good: string;
before(async () => {
  dir = tempDir();
  const r = await wgdeck(['check', minimal, '--out', dir]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  good = join(dir, 'minimal.pdf');
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the good PDF, changed by `edit`. */
async function variant(name: string, edit: (doc: PDFDocument) => void): Promise<string> {
  const doc = await PDFDocument.load(readFileSync(good), { updateMetadata: false });
  edit(doc);
  const file = join(dir, name);
  writeFileSync(file, await doc.save());
  return file;
}

/** The rule lines of one file's report, spaces collapsed: "pass size 47,722 bytes ...". */
const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.trim().replace(/\s+/g, ' '));

test('a deck is built, then checked: one passing line per rule', async () => {
  const r = await wgdeck(['check', minimal]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^decks\/minimal\.yaml \(built to a temporary PDF\)$/m);
  const rules = lines(r.stdout).map((l) =>
    /^(pass|FAIL) (size|title|slide numbers|16:9|text) /.exec(l)?.slice(1).join(' '),
  );
  assert.deepEqual(rules, ['pass size', 'pass title', 'pass slide numbers', 'pass 16:9', 'pass text']);
});

test("check names the datatracker's limits and the house rules apart", async () => {
  const r = await wgdeck(['check', '--help']);
  assert.match(
    r.stdout,
    joined(
      /datatracker's own\s+limits, which refuse an upload:\n\s+size[^\n]*\n\s+title[^\n]*\n/,
      /House rules[^\n]*\n\s+slide numbers[^\n]*\n\s+16:9[^\n]*\n\s+text/,
    ),
  );
});

test('a 4:3 PDF passes with a warning on the 16:9 rule', async () => {
  const file = await variant('four-three.pdf', (doc) => {
    for (const p of doc.getPages()) p.setSize(960, 720);
  });
  const r = await wgdeck(['check', file]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(
    r.stdout,
    /warn\s+16:9\s+6 pages not 16:9: 1, 2, 3, 4, 5, 6 \(page 1 is 960 x 720 pt\); the room's screens are 16:9/,
  );
  const quiet = await wgdeck(['check', '--quiet', file, good]);
  assert.equal(quiet.code, 0);
  assert.deepEqual(
    lines(quiet.stdout).map((l) => l.split(' ').slice(0, 2).join(' ')),
    ['warn 16:9'],
    'only the warning, and only for the file that has one',
  );
});

test("check --json: each file's rules with their source, for CI", async () => {
  const missing = join(dir, 'nope.pdf');
  const r = await wgdeck(['check', '--json', good, missing]);
  assert.equal(r.code, 1);
  const { files } = JSON.parse(r.stdout);
  assert.equal(files[0].ok, true);
  assert.deepEqual(
    files[0].rules.map((x: { rule: string; source: string }) => `${x.rule}:${x.source}`),
    ['size:datatracker', 'title:datatracker', 'slide numbers:house', '16:9:house', 'text:house'],
  );
  assert.equal(files[1].ok, false);
  assert.match(files[1].error.title, /Cannot read the PDF/);
});

test('a good PDF passes', async () => {
  const r = await wgdeck(['check', good]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /pass\s+title\s+"IETF 125 QUIC Chairs' Slides"/);
  assert.match(r.stdout, /pass\s+slide numbers\s+pages 2 to 6 show their numbers/);
});

test('a title with an emoji fails the title rule, and only it', async () => {
  const file = await variant('emoji.pdf', (doc) => doc.setTitle('IETF 125 QUIC 🎉'));
  const r = await wgdeck(['check', file]);
  assert.equal(r.code, 1);
  assert.deepEqual(
    lines(r.stdout).filter((l) => l.startsWith('FAIL')),
    ['FAIL title "IETF 125 QUIC 🎉": characters above U+FFFF, which the datatracker refuses: 🎉 (U+1F389)'],
  );
});

test('a PDF over 40,960,000 bytes fails the size rule', async () => {
  // An unreferenced stream of zeros, stored as it is: big, and quick to write.
  const file = await variant(
    'big.pdf',
    (doc) => void doc.context.register(doc.context.stream(new Uint8Array(41_000_000))),
  );
  try {
    const r = await wgdeck(['check', file]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /FAIL\s+size\s+too large: 41,\d{3},\d{3} bytes \(limit 40,960,000\)/);
    assert.equal(lines(r.stdout).filter((l) => l.startsWith('FAIL')).length, 1);
  } finally {
    rmSync(file);
  }
});

test('a PDF without slide numbers fails, naming the pages', async () => {
  const out = renderMarp(new Marp(), '# One\n\n---\n\n# Two\n\n---\n\n# Three');
  const baseUrl = `${pathToFileURL(dir).href}/`;
  const doc = await PDFDocument.load(
    await renderPdf(testPool, { html: printDocument(out, { baseUrl, title: 'Unnumbered' }), baseUrl }),
  );
  doc.setTitle('Unnumbered');
  writeFileSync(join(dir, 'plain.pdf'), await doc.save());
  const r = await wgdeck(['check', join(dir, 'plain.pdf'), good]);
  assert.equal(r.code, 1);
  assert.match(
    r.stdout,
    /FAIL\s+slide numbers\s+no slide number on 2 pages 2, 3 \(the datatracker's upload form asks for numbered slides\)/,
  );
  assert.equal(lines(r.stdout).filter((l) => l.startsWith('FAIL')).length, 1, 'the second file passes');
});

test('a missing file is reported, the other files still checked', async () => {
  const r = await wgdeck(['check', join(dir, 'nope.pdf'), good]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /nope\.pdf:\nerror: Cannot read the PDF/);
  assert.match(r.stdout, /pass\s+size/);
});

test('without poppler, the error says what to install (exit 2)', async () => {
  const r = await wgdeck(['check', good], {
    env: { PATH: dirname(process.execPath) === '/usr/bin' ? '/nonexistent' : dirname(process.execPath) },
  });
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /error: poppler-utils not found[\s\S]*apt-get install poppler-utils/);
});
