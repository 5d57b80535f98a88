// Runs the `wgdeck` command line as a user would, in this process (a child process would only add
// a second of loading modules per call), capturing its output and exit code; `wgdeckProcess` runs the
// compiled executable where a process of its own matters (its exit, its signals).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run.js';
import { testPool } from './pool.js';

/** The command's compiled modules, one file each: what a test of which packages it imports loads. */
export const CLI_MODULES = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

/**
 * The executable: the bundle scripts/test.mjs made from the sources it compiled (it starts in a
 * fraction of the time), else the compiled modules (after a plain `tsc -p tsconfig.test.json`).
 */
export const CLI = process.env.WGDECK_TEST_CLI ?? CLI_MODULES;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let running = false;

/**
 * `wgdeck args...` in this process, in `cwd` with `env` added: its exit code and what it wrote.
 * One call at a time (the output and the working folder are the process's own).
 */
export async function wgdeck(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  if (running) throw new Error('wgdeck(): one call at a time');
  running = true;
  const out = { stdout: '', stderr: '' };
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  // The CLI writes text; the test runner reports to its parent in binary on the same stdout, which
  // must pass through untouched.
  const capture = (name: 'stdout' | 'stderr') =>
    function (this: NodeJS.WriteStream, chunk: string | Uint8Array, ...rest: unknown[]) {
      if (typeof chunk !== 'string') return (writes[name] as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
      out[name] += chunk;
      return true;
    } as typeof process.stdout.write;
  const cwd = process.cwd();
  const saved = Object.fromEntries(Object.keys(opts.env ?? {}).map((k) => [k, process.env[k]]));
  try {
    Object.assign(process.env, opts.env);
    if (opts.cwd) process.chdir(opts.cwd);
    process.stdout.write = capture('stdout');
    process.stderr.write = capture('stderr');
    // The tests' browser, unless the environment given may change which browser is found (the time
    // zone and wgdeck's own settings cannot).
    const own = Object.keys(opts.env ?? {}).every((k) => k === 'TZ' || k.startsWith('WGDECK_'));
    const code = await runCli(args, { pool: own ? testPool : undefined });
    return { code, ...out };
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    process.chdir(cwd);
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    running = false;
  }
}

/** The compiled executable in a child process, for what only a process shows (exit, signals). */
export function wgdeckProcess(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const temps: string[] = [];
// Every temporary folder a test file made is removed when it ends, passed or failed.
process.on('exit', () => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'wgdeck-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** The text of a PDF (or of one page), as poppler's pdftotext reads it. */
export function pdfText(file: string, page?: number): string {
  const args = [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-'];
  const r = spawnSync('pdftotext', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

export function pdfPages(file: string): number {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(r.stdout)?.[1]);
}
