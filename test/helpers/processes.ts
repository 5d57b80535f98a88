// The command lines of a process and all its descendants, read from /proc (Linux only): Chromium's
// helper processes (renderers, GPU, zygotes) do not all name the profile they belong to.
import fs from 'node:fs';

export function treeCmdlines(root: number): string[] {
  const parents = new Map<number, number>();
  for (const pid of fs.readdirSync('/proc').filter((pid) => /^\d+$/.test(pid))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      parents.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // ended meanwhile
    }
  }
  const descends = (pid: number | undefined): boolean =>
    pid === root || (pid !== undefined && pid > 1 && descends(parents.get(pid)));
  return [...parents.keys()].filter(descends).map((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      return '';
    }
  });
}
