// Wall time and peak memory of a command. Memory is that of the whole process tree (node and every
// browser process it starts), sampled from /proc, since a PDF build's memory is mostly in the
// browser's processes, which a single process's figure would leave out. Each process counts its
// proportional set size (PSS): resident pages, shared ones split among the processes sharing them,
// so Chromium's many processes are not counted many times over.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  seconds: number;
  /** peak memory in MB; null where /proc is missing (not Linux) */
  peakMB: number | null;
}

const SAMPLE_MS = 50;

/** A process's PSS in kB (its resident size where the kernel has no smaps_rollup). */
function pssKB(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  }
}

/** Memory in MB of `root` and all its descendants, or null without /proc. */
function treeRssMB(root: number): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return null;
  }
  const children = new Map<number, number[]>();
  for (const pid of pids) {
    try {
      // The command name (field 2) may hold spaces and parentheses: the fields after it are certain.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let kB = 0;
  for (const todo = [root]; todo.length; ) {
    const pid = todo.pop()!;
    try {
      kB += pssKB(pid);
    } catch {
      continue;
    }
    todo.push(...(children.get(pid) ?? []));
  }
  return kB / 1024;
}

/** Runs a command to its end; throws with its output when it fails. */
export async function measureCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peak: number | null = null;
  const sample = () => {
    const rss = treeRssMB(child.pid!);
    if (rss !== null) peak = Math.max(peak ?? 0, rss);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  const code = await new Promise<number | null>((done, fail) => child.on('error', fail).on('close', done)).finally(() => clearInterval(timer));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`);
  return { seconds, peakMB: peak };
}

/** Runs `fn` in this process; `fn` calls `sample` between steps (synchronous work blocks timers). */
export async function measureHere(fn: (sample: () => void) => Promise<void>): Promise<Measured> {
  let peak = 0;
  const sample = () => void (peak = Math.max(peak, process.memoryUsage().rss));
  sample();
  const started = performance.now();
  await fn(sample);
  const seconds = (performance.now() - started) / 1000;
  sample();
  return { seconds, peakMB: peak / 2 ** 20 };
}
