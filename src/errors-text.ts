// How wgdeck speaks to a person: errors as title, message and hint (never a stack trace), warnings as file:line:col.
import { formatProblem, isWgdeckError, type Problem } from './errors.js';

/** An error as the CLI shows it, and the exit code it stands for. */
export function errorText(e: unknown): { text: string; exit: 1 | 2 } {
  if (isWgdeckError(e)) return { text: `error: ${e.title}\n${e.message}\nhint: ${e.hint}`, exit: e.exit };
  // An unexpected failure is still reported in one line; WGDECK_DEBUG=1 shows where it came from.
  const err = e as Error;
  const where = process.env.WGDECK_DEBUG
    ? `${err?.stack}`
    : 'hint: this is a bug in wgdeck; run again with WGDECK_DEBUG=1 and report what it prints.';
  return { text: `error: ${err?.message ?? String(e)}\n${where}`, exit: 2 };
}

/** An error as a JSON report carries it (--json), for CI and editors. */
export interface ErrorJson {
  code: string;
  title: string;
  message: string;
  hint: string;
}

export function errorJson(e: unknown): ErrorJson {
  if (isWgdeckError(e)) return { code: e.code, title: e.title, message: e.message, hint: e.hint };
  return {
    code: 'internal',
    title: 'Internal error',
    message: (e as Error)?.message ?? String(e),
    hint: 'This is a bug in wgdeck; run again with WGDECK_DEBUG=1 and report what it prints.',
  };
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

/**
 * The lines of a source around line:col, as a compiler shows an error (context: lines either side):
 * ```
 *   12 |     - topic: QLOG
 * > 13 |       minutes: twenty
 *      |                ^
 * ```
 */
export function codeFrame(source: string, line: number, col: number, context = 0): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    // A tab would shift the caret: it is shown as one space, so the caret lines up.
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${lines[n - 1].replace(/\t/g, ' ')}`);
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, col - 1))}^`);
  }
  return out.join('\n');
}
