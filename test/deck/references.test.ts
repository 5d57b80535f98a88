import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_IMAGE_BYTES } from '../../src/fs/assets.js';
import { HEAD, MINIMAL, errorsOf } from './helpers.js';
import { joined } from '../helpers/regex.js';

const deckIn = (dir: string) => join(dir, 'deck.yaml');

test('theme and image errors are listed with the schema errors, located, with did-you-mean', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wgdeck-refs-'));
  writeFileSync(join(dir, 'logo.png'), 'png');
  writeFileSync(join(dir, 'my-theme.css'), '/* @theme mine */');
  const src =
    `${HEAD}theme: IETF\nstyle: { logo: Logo.png }\nagenda:\n  items:\n    - { topic: ` +
    't, minutes: five }\nslides:\n  - image: { src: diagram.png, alt: x }\n';
  assert.deepEqual(
    errorsOf(src, deckIn(dir)).map((e) => e.replaceAll(dir, 'DIR')),
    [
      'theme: unknown theme `IETF`; did you mean `ietf`? (DIR/deck.yaml:7:8)',
      'style.logo: The image "Logo.png" does not exist (looked for ' +
        'DIR/Logo.png); did you mean `logo.png`? (DIR/deck.yaml:8:16)',
      'agenda.items[0].minutes: expected a number of minutes, got "five" (DIR/deck.yaml:11:28)',
      'slides[0].image.src: The image "diagram.png" does not exist (looked for ' +
        'DIR/diagram.png). Give a path relative to the deck file. (DIR/deck.yaml:13:19)',
    ],
  );
  assert.deepEqual(
    errorsOf(`${MINIMAL}theme: my-theem.css\n`, deckIn(dir)).map((e) => e.replaceAll(dir, 'DIR')),
    ['theme: there is no CSS file DIR/my-theem.css; did you mean `my-theme.css`? (DIR/deck.yaml:10:8)'],
  );
  assert.match(
    errorsOf(`${MINIMAL}theme: solarized\n`, deckIn(dir))[0],
    joined(
      /unknown theme `solarized`; /,
      /the built-in themes are high-contrast, ietf, ietf-compact, ietf-dark, or give a CSS file/,
    ),
  );
});

test(
  'an image over the size limit, a FIFO, a folder or a path ' +
    'out of the deck folder is refused by name, before it is read',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'wgdeck-refs-'));
    // Sparse: 300 MB on paper, nothing on disk; reading it whole is what used to abort Node.
    for (const [name, size] of [
      ['huge.png', 300 * 1024 * 1024],
      ['edge.png', MAX_IMAGE_BYTES + 1],
    ] as const) {
      writeFileSync(join(dir, name), '');
      truncateSync(join(dir, name), size);
    }
    execFileSync('mkfifo', [join(dir, 'pipe.png')]);
    mkdirSync(join(dir, 'folder.png'));
    symlinkSync('/etc/hostname', join(dir, 'link.png'));
    const entries = ['huge.png', 'edge.png', 'pipe.png', 'folder.png', '../x.png', '/etc/x.png', 'link.png'];
    const src = `${MINIMAL}slides:\n${entries.map((e) => `  - image: { src: "${e}", alt: x }\n`).join('')}`;
    const errors = errorsOf(src, deckIn(dir)).map((e) => e.replaceAll(dir, 'DIR'));
    assert.deepEqual(
      errors.map((e) => e.replace(/ \(DIR.*$/, '').replace(/\. Copy.*/, '')),
      [
        'slides[0].image.src: huge.png is 314,572,800 bytes; an image may be at most 26,214,400 ' +
          'bytes. Scale the image down or compress it (a slide needs about 2000 pixels across at most).',
        'slides[1].image.src: edge.png is 26,214,401 bytes; an image may be at most 26,214,400 ' +
          'bytes. Scale the image down or compress it (a slide needs about 2000 pixels across at most).',
        'slides[2].image.src: pipe.png is a named pipe (FIFO), not an image file',
        'slides[3].image.src: folder.png is a folder, not an image file',
        'slides[4].image.src: The image "../x.png" lies outside the deck\'s folder DIR',
        'slides[5].image.src: The image "/etc/x.png" lies outside the deck\'s folder DIR',
        'slides[6].image.src: The image "link.png" lies outside the deck\'s folder DIR',
      ],
    );
  },
);
