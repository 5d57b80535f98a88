// Proceedings names: slides-<num>-<acronym>[-sessb]-chairs-slides-<rev>, a new revision for each changed build.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { after, test } from 'node:test';
import { testPool as pool } from '../helpers/pool.js';
import { buildDeck } from '../../src/build.js';
import { readStamp, stampPdf } from '../../src/export/pdf-stamp.js';
import { materialBase, planRevision, writeMaterial } from '../../src/export/proceedings.js';
import { CLI, pdfText, tempDir, wgdeck } from '../helpers/cli.js';

const minimal = new URL('../../../decks/minimal.yaml', import.meta.url).pathname;
const dirs: string[] = [];
const scratch = () => {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
};
after(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

test(
  'a meeting deck is named by meeting number and acronym, ' + 'an interim by its date; later sessions get a token',
  async () => {
    assert.equal(
      materialBase({ meeting: { number: 123, date: '2025-07-22' }, group: { acronym: 'saag' } }),
      'slides-123-saag-chairs-slides',
    );
    assert.equal(
      materialBase({ meeting: { date: '2019-03-05' }, group: { acronym: 'secdispatch' } }),
      'slides-interim-2019-03-05-secdispatch-chairs-slides',
    );
    assert.equal(
      materialBase({ meeting: { number: 125, date: '2026-03-19' }, group: { acronym: 'quic' } }, 1),
      'slides-125-quic-sessb-chairs-slides',
    );
  },
);

const quic = { meeting: { number: 125, date: '2026-03-17' }, group: { acronym: 'quic' } };

/** A small real PDF, stamped as a build stamps it. */
async function stampedPdf(source: string, digest: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([960, 540]);
  doc.setTitle('IETF 125 QUIC');
  stampPdf(doc, { source, digest });
  return doc.save();
}

test(
  "the revision is one above the highest of the deck's " + 'own PDF or PPTX revisions; other names are not revisions',
  async () => {
    const dir = scratch();
    const base = 'slides-125-quic-chairs-slides';
    const stamp = { source: '/decks/quic.yaml', digest: 'd0' };
    assert.deepEqual(await planRevision(dir, quic, stamp, ['pdf']), { name: `${base}-00`, reuse: false });
    assert.deepEqual(
      await planRevision(join(dir, 'not-yet'), quic, stamp, ['pdf']),
      { name: `${base}-00`, reuse: false },
      'a folder --out will create',
    );
    // A revision without a stamp (an older wgdeck's) is continued, never overwritten.
    writeFileSync(join(dir, `${base}-00.pdf`), '');
    assert.equal((await planRevision(dir, quic, stamp, ['pdf'])).name, `${base}-01`);
    writeFileSync(join(dir, `${base}-03.pptx`), '');
    assert.equal((await planRevision(dir, quic, stamp, ['pdf'])).name, `${base}-04`);
    for (const other of [
      'slides-125-quicx-chairs-slides-07.pdf',
      'slides-124-quic-chairs-slides-09.pdf',
      `${base}-08.html`,
      `${base}-05.pdf.tmp`,
      `.${base}-06.pdf.1.0123abcd.tmp`,
    ]) {
      writeFileSync(join(dir, other), '');
    }
    assert.equal((await planRevision(dir, quic, stamp, ['pdf'])).name, `${base}-04`);
  },
);

test(
  'decks racing for one name each get their own: the ' + 'first the plain name, the others sessb, sessc, ...',
  async () => {
    const dir = scratch();
    const sources = Array.from({ length: 6 }, (_, i) => `/decks/quic-session${i + 1}.yaml`);
    const pdfs = await Promise.all(sources.map((s) => stampedPdf(s, 'same')));
    const written = await Promise.all(
      sources.map((source, i) => writeMaterial(dir, quic, { source, digest: 'same' }, [{ ext: 'pdf', data: pdfs[i] }])),
    );
    const names = written.map((w) => basename(w.paths[0])).sort();
    assert.deepEqual(names, [
      'slides-125-quic-chairs-slides-00.pdf',
      ...['b', 'c', 'd', 'e', 'f'].map((t) => `slides-125-quic-sess${t}-chairs-slides-00.pdf`),
    ]);
    // Each file holds its own deck's PDF: nothing was replaced.
    for (const w of written) {
      const stamp = await readStamp(w.paths[0]);
      assert.equal(readFileSync(w.paths[0]).length > 0, true);
      assert.equal(stamp?.source, sources[written.indexOf(w)]);
    }
    // The next build of each deck continues its own name: unchanged reuses it, changed is -01.
    assert.deepEqual(
      await writeMaterial(dir, quic, { source: sources[3], digest: 'same' }, [{ ext: 'pdf', data: pdfs[3] }]),
      { paths: written[3].paths, reused: true },
    );
    const changed = await writeMaterial(dir, quic, { source: sources[3], digest: 'new' }, [
      { ext: 'pdf', data: await stampedPdf(sources[3], 'new') },
    ]);
    assert.equal(changed.paths[0], written[3].paths[0].replace('-00.pdf', '-01.pdf'));
    assert.equal(readdirSync(dir).filter((f) => f.startsWith('.')).length, 0, 'no temporary file left');
  },
);

test('building with proceedings writes -00; an unchanged deck keeps it, a changed one gets -01', async () => {
  const out = scratch();
  const deck = join(out, 'quic.yaml');
  copyFileSync(minimal, deck);
  const first = await buildDeck(deck, { outDir: out, html: true, pdf: true, proceedings: true, pool });
  assert.deepEqual(first.outputs, [join(out, 'quic.html'), join(out, 'slides-125-quic-chairs-slides-00.pdf')]);
  const again = await buildDeck(deck, { outDir: out, pdf: true, proceedings: true, pool });
  assert.deepEqual(again.outputs, [join(out, 'slides-125-quic-chairs-slides-00.pdf')]);
  assert.match(
    again.warnings.map((w) => w.message).join('\n'),
    /unchanged since slides-125-quic-chairs-slides-00\.pdf: no new revision/,
  );
  writeFileSync(deck, readFileSync(deck, 'utf8').replace('Open Mic', 'Open Microphone'));
  const changed = await buildDeck(deck, { outDir: out, pdf: true, proceedings: true, pool });
  assert.deepEqual(changed.outputs, [join(out, 'slides-125-quic-chairs-slides-01.pdf')]);
  assert.deepEqual(readdirSync(out).sort(), [
    'quic.html',
    'quic.yaml',
    'slides-125-quic-chairs-slides-00.pdf',
    'slides-125-quic-chairs-slides-01.pdf',
  ]);
});

/** Two sessions of one group at one meeting, as ../shared/hostile/quic-session{1,2}.yaml. */
function twoSessions(dir: string): string[] {
  const source = readFileSync(minimal, 'utf8');
  const files = [join(dir, 'quic-session1.yaml'), join(dir, 'quic-session2.yaml')];
  writeFileSync(files[0], source);
  writeFileSync(
    files[1],
    source.replace('ACK Receive Timestamps', 'SESSION TWO TOPIC').replace('2026-03-17', '2026-03-19'),
  );
  return files;
}

test("two sessions' decks built in one batch get two names, and both PDFs are kept", async () => {
  const dir = scratch();
  twoSessions(dir);
  const r = await wgdeck(['build', '--proceedings', '--pdf', dir]);
  assert.equal(r.code, 0, r.stderr);
  const pdfs = readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .sort();
  assert.deepEqual(pdfs, ['slides-125-quic-chairs-slides-00.pdf', 'slides-125-quic-sessb-chairs-slides-00.pdf']);
  const texts = pdfs.map((f) => pdfText(join(dir, f)));
  assert.equal(texts.filter((t) => t.includes('SESSION TWO TOPIC')).length, 1, 'one of the two is session 2');
  assert.equal(texts.filter((t) => t.includes('ACK Receive Timestamps')).length, 1, 'the other is session 1');
});

test("two sessions' decks built by two processes at once get two names", async () => {
  const dir = scratch();
  const files = twoSessions(dir);
  const run = (file: string) =>
    new Promise<number>((done) =>
      execFile(process.execPath, [CLI, 'build', '--proceedings', '--pdf', file], (e) =>
        done(e ? Number(e.code ?? 1) : 0),
      ),
    );
  assert.deepEqual(await Promise.all(files.map(run)), [0, 0]);
  const stamps = await Promise.all(
    readdirSync(dir)
      .filter((f) => f.endsWith('.pdf'))
      .sort()
      .map((f) => readStamp(join(dir, f))),
  );
  assert.deepEqual(stamps.map((s) => s?.source).sort(), files);
});

test('--proceedings with --watch is a usage error', async () => {
  const r = await wgdeck(['build', minimal, '--proceedings', '--watch']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /--proceedings writes a new revision each build/);
});
