// Which packages a piece of code loads: it runs in a child process whose resolve hook names every
// package an import pulls in (for the tests that keep heavy packages out of a command or the API).
// The hook runs on its own thread and appends to a file synchronously: its console output would be
// lost when the child's main thread calls process.exit first (as the CLI does).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const hook = (log: string): string =>
  "import { appendFileSync } from 'node:fs'; export async function resolve(s, c, next) { " +
  'const r = await next(s, c); const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(r.url); ' +
  `if (m) appendFileSync(${JSON.stringify(log)}, m[1] + '\\n'); return r; }`;

/** Runs `script` (an ES module's text) in a child; its exit status, what it wrote and the packages it loaded. */
export function packagesLoaded(script: string): {
  status: number | null;
  stdout: string;
  stderr: string;
  loaded: string[];
} {
  const dir = mkdtempSync(join(tmpdir(), 'wgdeck-packages-'));
  const log = join(dir, 'packages');
  try {
    const child =
      "import { register } from 'node:module'; register('data:text/javascript,' + " +
      `encodeURIComponent(${JSON.stringify(hook(log))})); ${script}`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' });
    const lines = readFileSync(log, { encoding: 'utf8', flag: 'a+' }).split('\n');
    const loaded = [...new Set(lines.filter(Boolean))].sort();
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, loaded };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
