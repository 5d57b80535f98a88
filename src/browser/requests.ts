// While a deck is rendered for printing, the page may load only what a deck may use: data: URIs,
// files inside the deck's folder and wgdeck's own themes. Every other request (the network, any
// other local file) is aborted before it leaves, and reported.
import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HTTPRequest, Page } from 'puppeteer';

export interface RequestPolicy {
  /** folders whose files may be loaded */
  roots: string[];
  /** told of each request refused */
  refused(url: string): void;
}

// Pages are reused from deck to deck: the handler is added once, the policy changes with the deck.
const policies = new WeakMap<Page, RequestPolicy>();

export async function guardRequests(page: Page, policy: RequestPolicy): Promise<void> {
  const first = !policies.has(page);
  policies.set(page, { ...policy, roots: policy.roots.map(real) });
  if (!first) return;
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const current = policies.get(page)!;
    if (mayLoad(request.url(), current.roots)) return void request.continue().catch(() => undefined);
    current.refused(request.url());
    void request.abort('blockedbyclient').catch(() => undefined);
  });
}

/** Whether a page may load `url`: a data: URI, or a file:// inside one of `roots`. */
export function mayLoad(url: string, roots: string[]): boolean {
  if (/^data:/i.test(url) || url === 'about:blank') return true;
  if (!/^file:/i.test(url)) return false;
  let path: string;
  try {
    path = real(fileURLToPath(url));
  } catch {
    return false;
  }
  return roots.some((root) => {
    const rel = relative(root, path);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  });
}

/** A path with its symlinks followed, so a link inside the folder to a file outside is outside. */
function real(path: string): string {
  return existsSync(path) ? realpathSync(path) : path;
}
