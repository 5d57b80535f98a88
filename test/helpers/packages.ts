// Which packages a piece of code loads: it runs in a child process whose resolve hook names every
// package an import pulls in (for the tests that keep heavy packages out of a command or the API).
import { spawnSync } from 'node:child_process';

const HOOK =
  'export async function resolve(s, c, next) { const r = await ' +
  'next(s, c); const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(r.url); ' +
  "if (m) console.log('package ' + m[1]); return r; }";

/** Runs `script` (an ES module's text) in a child; its exit status, what it wrote and the packages it loaded. */
export function packagesLoaded(script: string): {
  status: number | null;
  stdout: string;
  stderr: string;
  loaded: string[];
} {
  const child =
    "import { register } from 'node:module'; register('data:text/javascript,' + " +
    `encodeURIComponent(${JSON.stringify(HOOK)})); ${script}`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' });
  const loaded = [...new Set(r.stdout.match(/(?<=^package ).+$/gm) ?? [])].sort();
  return { status: r.status, stdout: r.stdout.replace(/^package .*\n/gm, ''), stderr: r.stderr, loaded };
}
