// The options `new` and `update` share for reaching the datatracker: --datatracker [URL], --refresh,
// --session N, and the client they configure.
import { E, WgdeckError } from '../errors.js';
import { DatatrackerClient } from '../ietf/datatracker/client.js';

export const DATATRACKER_OPTIONS = {
  datatracker: { type: 'string' },
  refresh: { type: 'boolean' },
  session: { type: 'string' },
} as const;

export const DATATRACKER_HELP = `  --datatracker [URL]    the datatracker to ask (default: WGDECK_DATATRACKER_URL, else
                         https://datatracker.ietf.org); answers are cached for a day, so it works
                         offline after one run online
  --refresh              ask the datatracker even when the cache has a fresh answer
  --session N            the group's Nth session at the meeting (default: the first)`;

/**
 * --datatracker takes an optional URL, which node:util parseArgs cannot express: a bare
 * --datatracker (last, or followed by another option or by a word that is no URL) becomes
 * --datatracker= so it parses as "the default server".
 */
export function bareDatatracker(argv: string[]): string[] {
  return argv.map((arg, i) =>
    arg === '--datatracker' && !/^https?:\/\//.test(argv[i + 1] ?? '') ? '--datatracker=' : arg,
  );
}

export function sessionNumber(value: string | undefined, command: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(Number.isInteger(n) && n >= 1))
    throw new WgdeckError(E.UsageError, {
      detail: `--session takes 1, 2, ... (the group's Nth session), got "${value}".`,
      command,
    });
  return n;
}

export function datatrackerClient(values: { datatracker?: string; refresh?: boolean }): DatatrackerClient {
  return new DatatrackerClient({
    baseUrl: values.datatracker || undefined,
    refresh: values.refresh,
    onStale: (url) =>
      process.stderr.write(`warning: ${url} cannot be reached; using the cached answer from more than a day ago\n`),
    onSkipped: (url) =>
      process.stderr.write(`warning: the datatracker answers ${url} with "not found"; that one item is left out\n`),
  });
}
