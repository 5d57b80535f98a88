// HTTP for the datatracker's public GET APIs: JSON asked for explicitly (a browser-like Accept can
// get XML), list pages followed through meta.next, 429s waited out, dropped connections retried,
// and every good answer kept in the disk cache (cache.ts).
import { E, WgdeckError } from '../../errors.js';
import { ResponseCache, defaultCacheDir } from './cache.js';

export const DEFAULT_DATATRACKER = 'https://datatracker.ietf.org';

export interface ClientOptions {
  /** server base URL; default: WGDECK_DATATRACKER_URL, else https://datatracker.ietf.org */
  baseUrl?: string;
  /** cache root; default: defaultCacheDir() */
  cacheDir?: string;
  /** ask the server even when the cache holds a fresh answer */
  refresh?: boolean;
  /** the longest wait after a 429, in ms (tests make it tiny); default 60 s */
  maxRetryWaitMs?: number;
  /** tries per request (429s and dropped connections); default 5 */
  attempts?: number;
  /** told when a stale cached answer stands in for an unreachable server */
  onStale?: (url: string) => void;
  /** told of each object of a list the datatracker answers 404 for even when asked for it alone */
  onSkipped?: (url: string) => void;
}

interface Page<T> {
  meta: { next: string | null; total_count: number };
  objects: T[];
}

/** The base URL from --datatracker, else the environment, else the IETF's; no trailing slash. */
export function datatrackerUrl(option?: string | boolean, env: NodeJS.ProcessEnv = process.env): string {
  const url = (typeof option === 'string' && option) || env.WGDECK_DATATRACKER_URL || DEFAULT_DATATRACKER;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error();
  } catch {
    throw new WgdeckError(E.UsageError, {
      detail: `--datatracker takes an http(s) URL such as ${DEFAULT_DATATRACKER}, got "${url}".`,
      command: '',
    });
  }
  return url.replace(/\/+$/, '');
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Retry-After in ms: seconds or an HTTP date. 0 or absent (some datatracker versions send 0): back off. */
function retryAfterMs(header: string | null, attempt: number): number {
  const seconds = Number(header);
  if (header && Number.isFinite(seconds) && seconds > 0) return seconds * 1000;
  const date = header ? Date.parse(header) : NaN;
  if (Number.isFinite(date) && date > Date.now()) return date - Date.now();
  return 1000 * 2 ** attempt;
}

export class DatatrackerClient {
  readonly baseUrl: string;
  private readonly cache: ResponseCache;
  private readonly opts: ClientOptions;

  constructor(opts: ClientOptions = {}) {
    this.opts = opts;
    this.baseUrl = datatrackerUrl(opts.baseUrl);
    this.cache = new ResponseCache(opts.cacheDir ?? defaultCacheDir(), this.baseUrl);
  }

  /** One resource as JSON, or undefined for a 404 (Tastypie's empty one or Django's HTML page). */
  async get<T>(pathAndQuery: string): Promise<T | undefined> {
    const url = this.baseUrl + pathAndQuery;
    const cached = await this.cache.read(pathAndQuery);
    if (cached?.fresh && !this.opts.refresh) return parseJson<T>(url, cached.body);
    let body: string | undefined;
    try {
      body = await this.fetchText(url);
    } catch (e) {
      // An unreachable server: an older answer is better than none.
      if (cached && e instanceof WgdeckError && e.entry === E.DatatrackerUnreachable) {
        this.opts.onStale?.(url);
        return parseJson<T>(url, cached.body);
      }
      throw e;
    }
    if (body === undefined) return undefined;
    const value = parseJson<T>(url, body);
    // The cache is a convenience: a folder that cannot be written does not stop the command.
    await this.cache.write(pathAndQuery, body).catch(() => undefined);
    return value;
  }

  /** Every object of a Tastypie list, page after page through meta.next. */
  async list<T>(pathAndQuery: string): Promise<T[]> {
    const objects: T[] = [];
    let next: string | null = pathAndQuery;
    let total: number | undefined;
    while (next) {
      const page: Page<T> | undefined = await this.get<Page<T>>(next);
      if (page === undefined && total !== undefined) {
        // A later page can be a 404 on the datatracker (ietfdata sees it now and then): asked for
        // one object at a time, the list goes on without the object that cannot be given.
        const rest: { objects: T[]; next: string | null } = await this.pageByOne<T>(next, total);
        objects.push(...rest.objects);
        next = rest.next;
        continue;
      }
      objects.push(...this.objectsOf(next, page));
      total = page?.meta?.total_count;
      // meta.next is a path without a host, or null on the last page.
      next = page?.meta?.next ?? null;
    }
    return objects;
  }

  private objectsOf<T>(path: string, page: Page<T> | undefined): T[] {
    if (page && Array.isArray(page.objects)) return page.objects;
    throw new WgdeckError(E.DatatrackerBadResponse, {
      url: this.baseUrl + path,
      detail: page ? 'not a Tastypie list (no "objects")' : 'not found (404)',
    });
  }

  /**
   * The objects of a page the datatracker answered 404 for, each asked for alone (limit=1), and the
   * page after it, as Tastypie writes meta.next (limit and offset last); `total` bounds the list.
   */
  private async pageByOne<T>(path: string, total: number): Promise<{ objects: T[]; next: string | null }> {
    const [base, query = ''] = path.split('?');
    const params = new URLSearchParams(query);
    // Tastypie's default page is 20.
    const limit = Number(params.get('limit') ?? 20) || 20;
    const offset = Number(params.get('offset') ?? 0);
    const at = (l: number, o: number) => {
      const q = new URLSearchParams([...params].filter(([k]) => k !== 'limit' && k !== 'offset'));
      q.append('limit', String(l));
      q.append('offset', String(o));
      return `${base}?${q}`;
    };
    const objects: T[] = [];
    const end = Math.min(offset + limit, total);
    for (let o = offset; o < end; o++) {
      const alone = at(1, o);
      const one = await this.get<Page<T>>(alone);
      if (one === undefined) this.opts.onSkipped?.(this.baseUrl + alone);
      else objects.push(...this.objectsOf(alone, one));
    }
    return { objects, next: end < total ? at(limit, end) : null };
  }

  /** The body of a 200, undefined for a 404; 429s and dropped connections are tried again. */
  private async fetchText(url: string): Promise<string | undefined> {
    const attempts = this.opts.attempts ?? 5;
    const maxWait = this.opts.maxRetryWaitMs ?? 60_000;
    for (let attempt = 0; ; attempt++) {
      const last = attempt + 1 >= attempts;
      let response: Response;
      let body: string;
      try {
        response = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(60_000) });
        body = await response.text();
      } catch (e) {
        if (last || !dropped(e)) throw new WgdeckError(E.DatatrackerUnreachable, { url, detail: networkDetail(e) });
        await sleep(Math.min(maxWait, 500 * 2 ** attempt));
        continue;
      }
      if (response.status === 200) return body;
      if (response.status === 404) return undefined;
      if (response.status === 429 && !last) {
        await sleep(Math.min(maxWait, retryAfterMs(response.headers.get('retry-after'), attempt)));
        continue;
      }
      const detail =
        response.status === 429
          ? `still rate-limited (429) after ${attempts} tries`
          : `HTTP ${response.status} ${response.statusText}`.trim();
      throw new WgdeckError(E.DatatrackerBadResponse, { url, detail });
    }
  }
}

function parseJson<T>(url: string, body: string): T {
  try {
    return JSON.parse(body) as T;
  } catch {
    const start = body.trimStart().slice(0, 40).replace(/\s+/g, ' ');
    throw new WgdeckError(E.DatatrackerBadResponse, { url, detail: `the answer is not JSON (it begins "${start}")` });
  }
}

/**
 * A connection that broke off (reset, closed early, timed out) is worth another try; a refused
 * connection or an unknown host (offline) is not: the chair hears at once, or the cache stands in.
 */
function dropped(e: unknown): boolean {
  const err = e as Error & { cause?: { code?: string } };
  const code = err?.cause?.code ?? '';
  return (
    err?.name === 'TimeoutError' ||
    ['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED'].includes(code)
  );
}

/** fetch() says only "fetch failed"; the reason is in its cause. */
function networkDetail(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError') return 'no answer within 60 s';
  const cause = err?.cause;
  return cause?.code
    ? `${cause.code}${cause.message ? ` (${cause.message})` : ''}`
    : (cause?.message ?? err?.message ?? String(e));
}
