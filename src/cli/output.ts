// How the CLI speaks: errors as title, message and hint (never a stack trace), warnings as file:line:col.
import { formatProblem, isWgdeckError, type Problem } from '../errors.js';

export function printError(e: unknown): 1 | 2 {
  if (isWgdeckError(e)) {
    process.stderr.write(`error: ${e.title}\n${e.message}\nhint: ${e.hint}\n`);
    return e.exit;
  }
  // An unexpected failure is still reported in one line; WGDECK_DEBUG=1 shows where it came from.
  const err = e as Error;
  process.stderr.write(`error: ${err?.message ?? String(e)}\n`);
  if (process.env.WGDECK_DEBUG) process.stderr.write(`${err?.stack}\n`);
  else process.stderr.write('hint: this is a bug in wgdeck; run again with WGDECK_DEBUG=1 and report what it prints.\n');
  return 2;
}

export function printWarnings(warnings: Problem[]): void {
  for (const w of warnings) process.stderr.write(`${formatProblem({ ...w, severity: 'warning' })}\n`);
}
