// The preview server against requests a browser would not send: a malformed target answers 400
// and the server goes on; a Host header naming another site (DNS rebinding) answers 403.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { ownHost, startPreview, type Preview } from '../../src/preview/server.js';
import { tempDir } from '../helpers/cli.js';

let preview: Preview;
let port: number;

before(async () => {
  const file = join(tempDir(), 'deck.yaml');
  writeFileSync(file, readFileSync(new URL('../../../decks/minimal.yaml', import.meta.url), 'utf8'));
  preview = await startPreview({ file, port: 0 });
  port = Number(new URL(preview.url).port);
});

after(() => preview?.close());

/** Sends a raw request and returns the status line. */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (d) => (data += d));
    socket.on('end', () => resolve(data.split('\r\n')[0]));
    socket.on('error', reject);
  });
}

const get = (target: string, host = `127.0.0.1:${port}`) =>
  raw(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);

test('malformed request targets are refused and the server stays up', async () => {
  for (const target of ['//[', '//a:b@[::1', 'http://[x', '//%', '//[::1]:99999/']) {
    assert.match(await get(target), /^HTTP\/1\.1 (400|404)/, target);
  }
  assert.match(await get('/'), /^HTTP\/1\.1 200/);
});

test("a Host header that is not the preview's own name and port is refused", async () => {
  for (const host of [
    'evil.example',
    `evil.example:${port}`,
    `127.0.0.1.nip.io:${port}`,
    `localhost:${port + 1}`,
    '',
  ]) {
    assert.match(await get('/', host), /^HTTP\/1\.1 (403|400)/, host);
  }
  for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
    assert.match(await get('/', host), /^HTTP\/1\.1 200/, host);
  }
  assert.match(await raw(`GET / HTTP/1.0\r\n\r\n`), /^HTTP\/1\.1 403/);
});

test('ownHost: loopback and IP addresses on the right port, the configured name, nothing else', () => {
  assert.equal(ownHost('127.0.0.1:8080', '127.0.0.1', 8080), true);
  assert.equal(ownHost('[::1]:8080', '::1', 8080), true);
  assert.equal(ownHost('192.168.1.5:8080', '0.0.0.0', 8080), true);
  assert.equal(ownHost('slides.local:8080', 'slides.local', 8080), true);
  assert.equal(ownHost('127.0.0.1:8081', '127.0.0.1', 8080), false);
  assert.equal(ownHost('attacker.example:8080', '127.0.0.1', 8080), false);
  assert.equal(ownHost(undefined, '127.0.0.1', 8080), false);
  assert.equal(ownHost('127.0.0.1:8080:1', '127.0.0.1', 8080), false);
});
