// Processes and their parents, from /proc (Linux). Chromium's helper processes (zygote, renderers,
// GPU, utilities) do not all name the profile their browser was started with: what belongs to a
// browser is found by descent from it.
import { readdirSync, readFileSync } from 'node:fs';

/** The fields of /proc/<pid>/stat after the command name, which may itself hold spaces and parentheses. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined; // ended meanwhile
  }
}

/** Each running process's parent; empty without /proc. */
export function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return parents;
  }
  for (const pid of pids) {
    const parent = statFields(Number(pid))?.[1];
    if (parent !== undefined) parents.set(Number(pid), Number(parent));
  }
  return parents;
}

/** `roots` and every process that descends from one of them. */
export function withDescendants(roots: number[], parents = parentsByPid()): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const found = new Set<number>();
  for (const todo = [...roots]; todo.length > 0; ) {
    const pid = todo.pop()!;
    if (found.has(pid)) continue;
    found.add(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return [...found];
}

/** Whether a process has ended: gone, or a zombie its parent has not yet reaped (it runs no more). */
export function hasEnded(pid: number): boolean {
  const state = statFields(pid)?.[0];
  return state === undefined || state === 'Z' || state === 'X';
}
