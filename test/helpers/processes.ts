// The command lines of a process and all its descendants, read from /proc (Linux only): Chromium's
// helper processes (renderers, GPU, zygotes) do not all name the profile they belong to.
import fs from 'node:fs';
import { withDescendants } from '../../src/browser/process-tree.js';

export function treeCmdlines(root: number): string[] {
  return withDescendants([root]).map((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      return '';
    }
  });
}
