import { parseArgs, type ParseArgsConfig } from 'node:util';
import { E, WgdeckError } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type WithHelp<T extends Options> = T & { help: { type: 'boolean'; short: 'h' } };
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: WithHelp<T>; allowPositionals: true; strict: true }>>;

/** node:util parseArgs, strict, with its errors turned into usage errors that point at --help. */
export function parse<T extends Options>(command: string, argv: string[], options: T): Parsed<T> {
  try {
    const all = { ...options, help: { type: 'boolean', short: 'h' } } as WithHelp<T>;
    return parseArgs({ args: argv, options: all, allowPositionals: true, strict: true });
  } catch (e) {
    throw new WgdeckError(E.UsageError, { detail: (e as Error).message, command });
  }
}
