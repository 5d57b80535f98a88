// Wall time and peak memory of a command. Timed runs are left alone; memory comes from a run of its
// own, sampled from /proc, so reading /proc never slows a figure that is compared. Memory is that of
// the whole process tree (node and every browser process it starts), since a PDF build's memory is
// mostly in the browser's processes. Each process counts its proportional set size (PSS): resident
// pages, shared ones split among the processes sharing them, so Chromium's many processes are not
// counted many times over.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parentsByPid, withDescendants } from '../src/browser/process-tree.js';

const SAMPLE_MS = 100;

/** A process's PSS in kB (its resident size where the kernel has no smaps_rollup); 0 once it has ended. */
function pssKB(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return 0;
    }
  }
}

/** Memory in MB of `root` and all its descendants; null without /proc (not Linux). */
function treeMB(root: number): number | null {
  const parents = parentsByPid();
  if (parents.size === 0) return null;
  return withDescendants([root], parents).reduce((kB, pid) => kB + pssKB(pid), 0) / 1024;
}

/** The CPU seconds of the command's whole process tree, from `times` of a shell that waited for it. */
function cpuSeconds(times: string): number {
  const children = times.trim().split('\n').at(-1) ?? '';
  return [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, [, m, s]) => sum + Number(m) * 60 + Number(s), 0);
}

export interface Timed {
  /** wall time */
  seconds: number;
  /** user and system time of the command and every process it waited for (node, Chromium): what a
   * busy machine does not inflate, unlike the wall time */
  cpuSeconds: number;
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onStart?: (pid: number) => () => void,
): Promise<Timed> {
  const started = performance.now();
  // A POSIX shell runs the command and reports, with `times`, the CPU time of what it waited for.
  const script = '"$@"; code=$?; times >&3; exit $code';
  const child = spawn('/bin/sh', ['-c', script, 'sh', command, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let times = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  child.stdio[3]!.on('data', (d) => (times += d));
  const stop = onStart?.(child.pid!);
  return new Promise<number | null>((done, fail) => child.on('error', fail).on('close', done))
    .finally(() => stop?.())
    .then((code) => {
      if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`);
      return { seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSeconds(times) };
    });
}

/** Runs a command to its end and returns its wall and CPU time; throws with its output when it fails. */
export function timeCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Timed> {
  return run(command, args, env);
}

/** Runs a command once more, sampling its process tree's memory; the peak in MB, or null without /proc. */
export async function peakMemory(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number | null> {
  let peak: number | null = null;
  await run(command, args, env, (pid) => {
    const sample = () => {
      const mb = treeMB(pid);
      if (mb !== null) peak = Math.max(peak ?? 0, mb);
    };
    const timer = setInterval(sample, SAMPLE_MS);
    return () => clearInterval(timer);
  });
  return peak;
}
