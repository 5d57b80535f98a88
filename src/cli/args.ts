import { isFolder } from '../fs/read.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { suggest } from '../deck/validate.js';
import { E, WgdeckError } from '../errors.js';
import type { BrowserPool } from '../browser/pool.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type WithHelp<T extends Options> = T & { help: { type: 'boolean'; short: 'h' } };
type Parsed<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: WithHelp<T>; allowPositionals: true; strict: true }>
>;

/** What a program running commands in its own process may hand them. */
export interface CliOptions {
  /**
   * A browser for the commands that print, started once for many commands and closed by the caller;
   * without it (or with --browser-path) a command starts its own and closes it when done.
   */
  pool?: BrowserPool;
}

/** The options every command that reports may take: errors only, or a JSON report for CI and editors. */
export const QUIET = { quiet: { type: 'boolean', short: 'q' } } as const;
export const JSON_OUTPUT = { json: { type: 'boolean' } } as const;

/** What a person should read instead of Node's parser message: the option, and the closest known one. */
function usageDetail(e: NodeJS.ErrnoException, options: Options): string {
  const message = e.message.split('. To specify')[0]!;
  if (e.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `${message}.`;
  const given = /'(-{1,2}[^'=]+)/.exec(message)?.[1] ?? '';
  const long = Object.keys(options).map((name) => `--${name}`);
  const close = given.startsWith('--') ? suggest(given, long) : undefined;
  return close
    ? `Unknown option ${given}; did you mean ${close}?`
    : `Unknown option ${given}. Options: ${long.join(', ')}.`;
}

/** A --templates folder, which must exist: a mistyped one would silently build with the built-in templates. */
export function templatesOption(dir: string | undefined): string | undefined {
  if (dir !== undefined && !isFolder(dir)) throw new WgdeckError(E.TemplatesNotFound, { dir });
  return dir;
}

/** node:util parseArgs, strict, with its errors turned into usage errors that point at --help. */
export function parse<T extends Options>(command: string, argv: string[], options: T): Parsed<T> {
  const all = { ...options, help: { type: 'boolean', short: 'h' } } as WithHelp<T>;
  try {
    return parseArgs({ args: argv, options: all, allowPositionals: true, strict: true });
  } catch (e) {
    throw new WgdeckError(E.UsageError, { detail: usageDetail(e as NodeJS.ErrnoException, all), command });
  }
}
