import { parseArgs, type ParseArgsConfig } from 'node:util';
import { E, WgdeckError } from '../errors.js';

/** node:util parseArgs, strict, with its errors turned into usage errors that point at --help. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(command: string, argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new WgdeckError(E.UsageError, { detail: (e as Error).message, command });
  }
}
