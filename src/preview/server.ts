// The live preview: one deck's HTML page served on localhost, rendered again whenever the deck or
// anything it is made of changes. The page holds a small script that listens on Server-Sent Events:
// a new render reloads the page (location.reload keeps the #slide), an error shows an overlay over
// the last good slides until the deck is fixed.
import { createServer, type ServerResponse } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { loadDeck } from '../deck/load.js';
import type { Deck } from '../deck/types.js';
import { E, WgdeckError } from '../errors.js';
import { renderDeck } from '../render/render.js';
import { errorText, warningLines } from '../errors-text.js';
import { SourceWatcher, sourceRoots } from '../watch.js';
import { problemFrames } from './code-frame.js';

export interface PreviewOptions {
  file: string;
  /** default 127.0.0.1 */
  host?: string;
  /** absent: 8080, or the next free port above it; 0: any free port */
  port?: number;
  templatesDir?: string;
  /** the terminal: each render, warning and error */
  log?: (text: string) => void;
}

export interface Preview {
  url: string;
  close(): Promise<void>;
}

const EVENTS = '/__wgdeck/events';
const DEFAULT_PORT = 8080;
const PORTS_TRIED = 20;
const LISTEN_ERRORS: Record<string, string> = {
  EADDRINUSE: 'another program is using the port',
  EADDRNOTAVAIL: 'the address is not one of this machine',
  EACCES: 'not allowed (ports below 1024 need root)',
};

const PROBLEM_CSS =
  'position:fixed;bottom:0;left:0;right:0;max-height:45vh;overflow:auto;z-index:2147483647;margin:0;' +
  'padding:1em 3.5em 1em 1.5em;background:rgba(120,0,0,.94);color:#fff;font:15px/1.4 ui-monospace,monospace;' +
  'white-space:pre-wrap';
const DISMISS_CSS =
  'position:absolute;top:.3em;right:.6em;border:0;background:none;color:#fff;font:28px sans-serif;cursor:pointer';

/**
 * The script every served page carries; `version` is the render the page shows. A problem shows at
 * the bottom (the slide's title stays visible) until dismissed; a different problem shows again.
 */
function clientScript(version: number): string {
  return (
    `
(() => {
  const version = ${version};
  const box = document.createElement('div');
  box.id = 'wgdeck-problem';
  box.style.cssText = '${PROBLEM_CSS}';
  const text = document.createElement('div');
  const close = document.createElement('button');
  close.textContent = '\u00d7';
  close.title = close.ariaLabel = 'Dismiss (Esc)';
  close.style.cssText = '${DISMISS_CSS}';
  box.append(close, text);
  let dismissed = '';
  const dismiss = () => { dismissed = text.textContent; box.remove(); };
  close.addEventListener('click', dismiss);
  box.addEventListener('click', (e) => e.stopPropagation());
  addEventListener('keydown', (e) => { if (e.key === 'Escape' && box.isConnected) dismiss(); });
  const events = new EventSource(${JSON.stringify(EVENTS)});
  events.onmessage = (e) => {
    const state = JSON.parse(e.data);
    if (state.version !== version) return location.reload();
    const shown = state.problem ? state.problem + '\\n\\n(the ` +
    `slides are the last good version; save a fix to update them)' : '';
    if (shown && shown !== dismissed) {
      text.textContent = shown;
      document.body.append(box);
    } else box.remove();
  };
})();
`
  );
}

/** What is served until the deck first renders: a dark page that reloads once it has. */
const EMPTY_PAGE =
  '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>wgdeck ' +
  `preview</title></head><body style="background:#111"><script>${clientScript(0)}</script></body></html>`;

export async function startPreview(opts: PreviewOptions): Promise<Preview> {
  const log = opts.log ?? (() => {});
  const clients = new Set<ServerResponse>();
  let page = EMPTY_PAGE;
  let version = 0;
  let problem: string | undefined;

  const state = () => `data: ${JSON.stringify({ version, problem })}\n\n`;

  const render = async () => {
    let deck: Deck | undefined;
    try {
      const loaded = await loadDeck(opts.file, { templatesDir: opts.templatesDir });
      deck = loaded.deck;
      const rendered = await renderDeck(deck, {
        templatesDir: opts.templatesDir,
        positions: loaded.positions,
        liveScript: clientScript(version + 1),
      });
      page = rendered.html;
      version++;
      problem = undefined;
      log(
        [
          `rendered ${opts.file} (${rendered.slides.length} slides)`,
          ...warningLines([...loaded.warnings, ...rendered.warnings]),
        ].join('\n'),
      );
    } catch (e) {
      const text = errorText(e).text;
      const frames = problemFrames(e, opts.file);
      problem = frames ? `${text}\n\n${frames}` : text;
      log(text);
    }
    // Once the deck loads, its own templates folder and CSS are known and watched too.
    watcher.watch(sourceRoots(opts.file, { templatesDir: opts.templatesDir, deck }));
    for (const res of clients) res.write(state());
  };
  const watcher = new SourceWatcher(render);
  const host = opts.host ?? '127.0.0.1';

  let port = 0;
  const server = createServer((req, res) => {
    // A page of another site whose name was made to point here (DNS rebinding) sends its own name.
    if (!ownHost(req.headers.host, host, port))
      return void res.writeHead(403, { 'content-type': 'text/plain' }).end('wrong Host\n');
    const path = requestPath(req.url);
    if (path === undefined) return void res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    if (path === EVENTS) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(state());
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (path !== '/' && path !== '/index.html')
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
  });

  await render();
  await watcher.ready;
  try {
    port = await listen(server, host, opts.port);
  } catch (e) {
    await watcher.close();
    // A port held by another program (or an address not on this machine) is the environment's doing.
    const port = opts.port ?? `${DEFAULT_PORT}-${DEFAULT_PORT + PORTS_TRIED - 1}`;
    throw new WgdeckError(E.ListenFailed, {
      host,
      port: String(port),
      detail: LISTEN_ERRORS[(e as NodeJS.ErrnoException).code ?? ''] ?? (e as Error).message,
    });
  }
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    async close() {
      await watcher.close();
      for (const res of clients) res.end();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** The path of a request target, or undefined when it is not one. */
function requestPath(target: string | undefined): string | undefined {
  try {
    return new URL(target ?? '/', 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}

/**
 * Whether a Host header names this server: its own host, or any loopback or IP address, and its
 * port. A domain name other than localhost could have been pointed here by someone else.
 */
export function ownHost(header: string | undefined, host: string, port: number): boolean {
  const m = header === undefined ? null : /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d+))?$/i.exec(header);
  if (!m || Number(m[2] ?? 80) !== port) return false;
  const name = m[1].replace(/^\[|\]$/g, '').toLowerCase();
  return name === host.toLowerCase() || name === 'localhost' || isIP(name) !== 0;
}

/** Listens on the port given, or on the first free one from 8080 up. */
async function listen(server: ReturnType<typeof createServer>, host: string, port?: number): Promise<number> {
  for (let p = port ?? DEFAULT_PORT; ; p++) {
    try {
      await new Promise<void>((done, fail) => {
        server.once('error', fail);
        server.listen(p, host, () => {
          server.off('error', fail);
          done();
        });
      });
      return (server.address() as AddressInfo).port;
    } catch (e) {
      const busy = (e as NodeJS.ErrnoException).code === 'EADDRINUSE';
      if (!busy || port !== undefined || p >= DEFAULT_PORT + PORTS_TRIED - 1) throw e;
    }
  }
}
