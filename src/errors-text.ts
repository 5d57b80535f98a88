// How wgdeck speaks to a person: errors as title, message and hint (never a stack trace), warnings as file:line:col.
import { formatProblem, isWgdeckError, type Problem } from './errors.js';

/** An error as the CLI shows it, and the exit code it stands for. */
export function errorText(e: unknown): { text: string; exit: 1 | 2 } {
  if (isWgdeckError(e)) return { text: `error: ${e.title}\n${e.message}\nhint: ${e.hint}`, exit: e.exit };
  // An unexpected failure is still reported in one line; WGDECK_DEBUG=1 shows where it came from.
  const err = e as Error;
  const where = process.env.WGDECK_DEBUG ? `${err?.stack}` : 'hint: this is a bug in wgdeck; run again with WGDECK_DEBUG=1 and report what it prints.';
  return { text: `error: ${err?.message ?? String(e)}\n${where}`, exit: 2 };
}

export function printError(e: unknown): 1 | 2 {
  const { text, exit } = errorText(e);
  process.stderr.write(`${text}\n`);
  return exit;
}

export function warningLines(warnings: Problem[]): string[] {
  return warnings.map((w) => formatProblem({ ...w, severity: 'warning' }));
}

export function printWarnings(warnings: Problem[]): void {
  for (const line of warningLines(warnings)) process.stderr.write(`${line}\n`);
}
