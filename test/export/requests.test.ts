// Printing makes no request outside the deck: a listener on 127.0.0.1 stands for the network and
// counts every request that reaches it, while real Chromium prints hostile themes and documents.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { testPool as pool } from '../helpers/pool.js';
import { mayLoad } from '../../src/browser/requests.js';
import { buildDeck } from '../../src/build.js';
import { printDocument, renderPdf } from '../../src/export/pdf.js';
import { browserContext } from '../helpers/browser.js';
import { tempDir } from '../helpers/cli.js';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const requests: string[] = [];
let server: Server;
let origin: string;

before(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res
      .writeHead(200, { 'content-type': req.url?.endsWith('.css') ? 'text/css' : 'image/png' })
      .end(req.url?.endsWith('.css') ? 'h1::after{content:"REMOTE"}' : PNG);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

/** Every way a page can ask for something: CSS imports, backgrounds, fonts, image-set, links, images, iframes. */
function hostileCss(base: string): string {
  return [
    "@import 'ietf';",
    `@import url("${base}/imported.css");`,
    `@import "${base}/imported2.css";`,
    `section { background-image: url("${base}/bg.png"); }`,
    `section::before { content: ""; background: image-set("${base}/set.png" ` +
      '1x); width: 10px; height: 10px; display: block; }',
    'section.title::after { content: ""; background: ' +
      'url("file:///etc/hostname"); width: 9px; height: 9px; position: absolute; }',
    'h1 { background: url("/usr/share/pixmaps/debian-logo.png"); }',
    `@font-face { font-family: Evil; src: url("${base}/font.woff2"); }`,
    'h1 { font-family: Evil, sans-serif; }',
  ].join('\n');
}

test('a hostile theme: its lines are named in warnings, and printing reaches nothing', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'evil.css'), `/* @theme evil */\n${hostileCss(origin)}\n`);
  writeFileSync(
    join(dir, 'deck.yaml'),
    `${readFileSync(new URL('../../../decks/minimal.yaml', import.meta.url), 'utf8')}theme: evil.css\n`,
  );
  const r = await buildDeck(join(dir, 'deck.yaml'), { outDir: join(dir, 'out'), pool });
  assert.deepEqual(requests, []);
  const lines = r.warnings.filter((w) => w.code === 'theme-url-refused').map((w) => w.line);
  assert.deepEqual(lines, [3, 4, 5, 6, 7, 8, 9]);
  const html = readFileSync(join(dir, 'out', 'deck.html'), 'utf8');
  assert.doesNotMatch(html, /127\.0\.0\.1|\/etc\/hostname|debian-logo/);
});

test(
  'printing a page that asks for the network, local files ' + 'and frames makes no request, and says what it refused',
  async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'deck'));
    writeFileSync(join(dir, 'deck', 'ok.png'), PNG);
    writeFileSync(join(dir, 'outside.png'), PNG);
    const baseUrl = `${pathToFileURL(join(dir, 'deck')).href}/`;
    const body = [
      `<img src="${origin}/img.png">`,
      `<img src="//127.0.0.1:${new URL(origin).port}/protocol-relative.png">`,
      `<link rel="stylesheet" href="${origin}/linked.css">`,
      `<iframe src="${origin}/frame.html"></iframe>`,
      `<object data="${origin}/object.png"></object>`,
      '<img src="../outside.png">',
      '<img src="file:///etc/hostname">',
      '<img src="ok.png">',
      `<svg><image href="${origin}/svg-image.png" width="5" height="5"/></svg>`,
    ].join('\n');
    const refused: string[] = [];
    const html = printDocument(
      { html: body, css: hostileCss(origin), count: 1, width: 1280, height: 720 },
      { baseUrl },
    );
    const pdf = await renderPdf(pool, { html, baseUrl, refused: (u) => refused.push(u) });
    assert.ok(pdf.length > 1000);
    assert.deepEqual(requests, []);
    for (const u of [
      `${origin}/img.png`,
      `${origin}/linked.css`,
      `${origin}/frame.html`,
      `${origin}/imported.css`,
      pathToFileURL(join(dir, 'outside.png')).href,
      'file:///etc/hostname',
    ]) {
      assert.ok(refused.includes(u), `refused ${u}: ${refused.join(' ')}`);
    }
    assert.ok(!refused.some((u) => u.endsWith('/deck/ok.png')), 'a file in the deck folder loads');
  },
);

test('mayLoad: data: URIs and files inside the roots only, symlinks and ../ included', () => {
  const root = tempDir();
  assert.equal(mayLoad('data:image/png;base64,AAAA', [root]), true);
  assert.equal(mayLoad(pathToFileURL(join(root, 'a.png')).href, [root]), true);
  assert.equal(mayLoad(pathToFileURL(join(root, '..', 'a.png')).href, [root]), false);
  assert.equal(mayLoad(`file://${root}/../../etc/passwd`, [root]), false);
  for (const u of [
    'http://127.0.0.1/',
    'https://example.org/x.css',
    'ftp://x/',
    'blob:null/x',
    'chrome://settings',
    'ws://127.0.0.1/',
  ])
    assert.equal(mayLoad(u, [root]), false, u);
});

test('the built HTML of the shared click-anywhere deck runs no script on a click', async () => {
  const dir = tempDir();
  writeFileSync(
    join(dir, 'deck.yaml'),
    readFileSync(new URL('../../../test/fixtures/hostile/fence-desync-xss.yaml', import.meta.url), 'utf8'),
  );
  await buildDeck(join(dir, 'deck.yaml'), { outDir: dir, html: true, pdf: false });
  const browser = await browserContext();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 720 });
    await page.goto(`${pathToFileURL(join(dir, 'deck.html')).href}#2`, { waitUntil: 'load' });
    const before = await page.title();
    await page.mouse.click(900, 400);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await page.title(), before);
    assert.doesNotMatch(await page.title(), /PWNED/);
  } finally {
    await browser.close();
  }
});
