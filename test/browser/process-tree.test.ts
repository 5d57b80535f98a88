// What belongs to a process is found by descent in /proc: a child's child counts, an unrelated
// process does not, and a killed process has ended even before its parent reaps it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { hasEnded, parentsByPid, withDescendants } from '../../src/browser/process-tree.js';

test('a process, its children and their children, and nothing else', async (t) => {
  if (process.platform !== 'linux') return t.skip('reads /proc');
  // A shell whose child (sleep) has its own child (another sleep): three generations.
  const shell = spawn('/bin/sh', ['-c', 'sh -c "sleep 30 & wait" & wait'], { stdio: 'ignore' });
  const other = spawn('/bin/sh', ['-c', 'sleep 30'], { stdio: 'ignore' });
  try {
    let tree: number[] = [];
    for (let i = 0; i < 100 && tree.length < 3; i++) {
      await sleep(20);
      tree = withDescendants([shell.pid!]);
    }
    assert.equal(tree.length, 3, `the shell, its shell and the sleep: ${tree}`);
    assert.ok(tree.includes(shell.pid!));
    assert.ok(!tree.includes(other.pid!));
    assert.ok(!tree.includes(process.pid));
    const parents = parentsByPid();
    assert.equal(parents.get(shell.pid!), process.pid);
    assert.ok(tree.every((pid) => !hasEnded(pid)));
    // Killed, and not reaped yet: the 'exit' event is not awaited, so it may still be a zombie.
    other.kill('SIGKILL');
    for (let i = 0; i < 100 && !hasEnded(other.pid!); i++) await sleep(10);
    assert.ok(hasEnded(other.pid!), 'a killed process has ended');
  } finally {
    for (const pid of withDescendants([shell.pid!])) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {}
    }
    other.kill('SIGKILL');
  }
});
