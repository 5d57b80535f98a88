import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cleanLeftovers } from '../../src/browser/leftovers.js';

/** The id of a process that has ended. */
function deadPid(): number {
  return spawnSync('true').pid!;
}

test('the profiles of ended wgdeck runs are removed and their browsers ended; nothing else is touched', async (t) => {
  if (process.platform !== 'linux') return t.skip('reads /proc');
  const root = mkdtempSync(join(tmpdir(), 'wgdeck-leftovers-'));
  const stale = join(root, `wgdeck-chromium-${deadPid()}-abc123`);
  const alive = join(root, `wgdeck-chromium-${process.ppid}-def456`);
  const other = join(root, 'chromium-profile-of-someone-else');
  for (const d of [stale, alive, other]) mkdirSync(d);
  // A process that still uses the stale profile, as a browser left behind would.
  const orphan = spawn('sh', ['-c', 'sleep 60', `--user-data-dir=${stale}`], { stdio: 'ignore' });
  const bystander = spawn('sh', ['-c', 'sleep 60', `--user-data-dir=${other}`], { stdio: 'ignore' });
  t.after(() => bystander.kill('SIGKILL'));
  await sleep(200);
  const ended = new Promise((done) => orphan.once('exit', (_code, signal) => done(signal)));
  assert.deepEqual(await cleanLeftovers(root), [stale]);
  assert.equal(await ended, 'SIGKILL');
  assert.equal(existsSync(stale), false);
  assert.equal(existsSync(alive), true, 'a running wgdeck keeps its profile');
  assert.equal(existsSync(other), true);
  assert.equal(bystander.exitCode, null, 'a process using another folder runs on');
});
