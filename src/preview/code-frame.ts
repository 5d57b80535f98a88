// The deck's lines around a problem, as a compiler shows them, for the preview's error overlay.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isWgdeckError, type Problem } from '../errors.js';
import { codeFrame } from '../errors-text.js';

/** At most this many frames: the first errors are the ones to fix first. */
const FRAMES = 3;

/** The frames of an invalid deck's errors in `file` ('' for any other error). */
export function problemFrames(e: unknown, file: string): string {
  if (!isWgdeckError(e) || e.code !== 'deck-invalid') return '';
  const problems = (e.args as { problems: Problem[] }).problems.filter(
    (p) => p.severity === 'error' && resolve(p.file) === resolve(file),
  );
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return '';
  }
  return problems
    .slice(0, FRAMES)
    .map((p) => {
      const where = `${p.file}:${p.line}:${p.col}: ${p.path ? `${p.path}: ` : ''}`;
      return `${where}${p.message}\n${codeFrame(source, p.line, p.col, 2)}`;
    })
    .join('\n\n');
}
