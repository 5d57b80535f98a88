// A datatracker on 127.0.0.1 serving fixture files by the README's naming rule, with the failures
// the real one shows on demand: 429s with Retry-After, dropped connections, Django's HTML 404s.
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { responseFileName } from '../../src/ietf/datatracker/names.js';
import { tempDir } from './cli.js';

export const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/datatracker/', import.meta.url));

export type Fault = { status: 429; retryAfter?: string } | { drop: true };

export interface FixtureServer {
  url: string;
  /** the folder served; tests may change files in it */
  dir: string;
  /** every path requested, in order */
  requests: string[];
  /** faults for the next requests of a file, used up one per request */
  faults: Map<string, Fault[]>;
  close(): Promise<void>;
}

/** Serves a private copy of the fixtures, so a test can change them. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const dir = tempDir('wgdeck-dt-');
  cpSync(FIXTURES, dir, { recursive: true });
  const requests: string[] = [];
  const faults = new Map<string, Fault[]>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const name = responseFileName(path);
    const fault = faults.get(name)?.shift();
    if (fault && 'drop' in fault) return void req.socket.destroy();
    if (fault) {
      res.writeHead(429, fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter });
      return void res.end();
    }
    const file = join(dir, name);
    if (!existsSync(file)) {
      // Tastypie's 404 is empty; Django's views answer with an HTML page.
      const html = !path.startsWith('/api/v1/');
      res.writeHead(404, { 'Content-Type': html ? 'text/html; charset=utf-8' : 'text/plain' });
      return void res.end(html ? '<!DOCTYPE html><html><body><h1>Not Found</h1></body></html>' : '');
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    requests,
    faults,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A URL on 127.0.0.1 where nothing listens (a port just freed): a datatracker that is down. */
export async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return `http://127.0.0.1:${port}`;
}
