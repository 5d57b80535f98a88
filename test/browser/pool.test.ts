import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from 'puppeteer-core';
import { BrowserPool } from '../../src/browser/pool.js';
import { hasEnded, withDescendants } from '../../src/browser/process-tree.js';
import { isWgdeckError } from '../../src/errors.js';
import { treeCmdlines } from '../helpers/processes.js';

const pools: BrowserPool[] = [];
function pool(concurrency: number): BrowserPool {
  const p = new BrowserPool({ concurrency });
  pools.push(p);
  return p;
}
after(() => Promise.all(pools.map((p) => p.close())));

function profileDir(browser: Browser): string {
  const arg = browser.process()?.spawnargs.find((a) => a.startsWith('--user-data-dir='));
  assert.ok(arg, 'launched with a user data dir');
  return arg.slice('--user-data-dir='.length);
}

/** Seven jobs of 100 ms at once: as many run together as the pool allows, and no more. */
async function mostAtOnce(p: BrowserPool): Promise<void> {
  let running = 0;
  let most = 0;
  await Promise.all(
    Array.from({ length: 7 }, () =>
      p.withPage(async () => {
        most = Math.max(most, ++running);
        await sleep(100);
        running--;
      }),
    ),
  );
  assert.equal(most, p.concurrency);
}

// Launching Chromium costs about a second of CPU: the tests of each pool below run in the order
// written, each starting from the browser and pages the one before left.
describe('a pool of two pages', () => {
  const p = pool(2);

  test('one launch serves many jobs, and at most `concurrency` pages exist', async () => {
    const browsers = new Set<Browser>();
    const pids = new Set<number | undefined>();
    const pages = new Set<Page>();
    const titles = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        p.withPage(async (page) => {
          browsers.add(page.browser());
          pids.add(page.browser().process()?.pid);
          pages.add(page);
          await page.setContent(`<title>job ${i}</title>`);
          return page.title();
        }),
      ),
    );
    assert.deepEqual(
      titles,
      Array.from({ length: 8 }, (_, i) => `job ${i}`),
    );
    assert.equal(browsers.size, 1, 'one browser');
    assert.equal(pids.size, 1, 'one browser process');
    assert.ok(pages.size <= 2, `pages are reused (${pages.size})`);
  });

  test('never more than two jobs at once', () => mostAtOnce(p));

  test('a failed job rejects with its error; the pool goes on', async () => {
    await assert.rejects(
      p.withPage(async () => {
        throw new Error('job broke');
      }),
      /job broke/,
    );
    assert.equal(await p.withPage(async (page) => page.evaluate(() => 6 * 7)), 42);
  });

  test('close ends the browser with its helpers and removes its profile; the next job launches again', async () => {
    const first = await p.withPage(async (page) => page.browser());
    const dir = profileDir(first);
    assert.ok(dir.startsWith(os.tmpdir()), dir);
    assert.ok(fs.existsSync(dir));
    const processes = withDescendants([first.process()!.pid!]);
    assert.ok(processes.length > 2, 'a browser process and its helpers');
    await p.close();
    assert.equal(first.connected, false);
    assert.deepEqual(
      processes.filter((pid) => !hasEnded(pid)),
      [],
      'no process left',
    );
    assert.equal(fs.existsSync(dir), false, 'profile removed');
    const second = await p.withPage(async (page) => page.browser());
    assert.notEqual(second, first);
    assert.equal(second.connected, true);
  });

  test('a browser killed under a job is started again once and the job runs again', async () => {
    let calls = 0;
    const killed = await p.withPage(async (page) => page.browser());
    const results = await Promise.all(
      [1, 2].map((n) =>
        p.withPage(async (page) => {
          calls++;
          if (page.browser() === killed) {
            // Once: the other job may find the browser dead already.
            if (killed.process()!.exitCode === null && killed.process()!.signalCode === null)
              killed.process()!.kill('SIGKILL');
            await sleep(200);
          }
          await page.setContent(`<title>${n}</title>`);
          return [page.browser(), await page.title()] as const;
        }),
      ),
    );
    assert.deepEqual(
      results.map((r) => r[1]),
      ['1', '2'],
    );
    assert.equal(results[0][0], results[1][0], 'both jobs went on with one new browser');
    assert.notEqual(results[0][0], killed);
    assert.ok(calls >= 3, `the killed jobs ran again (${calls} calls)`);
    assert.equal(fs.existsSync(profileDir(killed)), false, "the dead browser's profile is removed");
  });
});

describe('a pool of one page', () => {
  const p = pool(1);

  test('never more than one job at once', () => mostAtOnce(p));

  test('a browser that is killed again after its restart is BrowserCrashed, naming how it ended', async () => {
    let launches = 0;
    await assert.rejects(
      p.withPage(async (page) => {
        launches++;
        process.kill(page.browser().process()!.pid!, 'SIGKILL');
        await sleep(200);
        return page.title();
      }),
      (e: unknown) =>
        isWgdeckError(e) &&
        e.code === 'browser-crashed' &&
        /killed by SIGKILL/.test(e.message) &&
        /out of memory/.test(e.hint),
    );
    assert.equal(launches, 2, 'one restart, not more');
    // A later job starts a browser of its own again.
    assert.equal(await p.withPage(async (page) => page.evaluate(() => 1 + 1)), 2);
  });
});

test('a browser that does not start is BrowserFailed, reported to every job', async (t) => {
  if (process.platform === 'win32') return t.skip('uses a shell script as the browser');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgdeck-pool-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const fake = path.join(dir, 'chrome');
  fs.writeFileSync(fake, '#!/bin/sh\necho "cannot open display" >&2\nexit 1\n', { mode: 0o755 });
  const p = new BrowserPool({ browserPath: fake, concurrency: 2 });
  pools.push(p);
  const results = await Promise.allSettled([p.withPage(async () => 1), p.withPage(async () => 2)]);
  for (const r of results) {
    assert.equal(r.status, 'rejected');
    const e = (r as PromiseRejectedResult).reason;
    assert.ok(isWgdeckError(e));
    assert.equal(e.code, 'browser-failed');
    assert.ok(e.message.startsWith(`${fake} failed to start`), e.message);
  }
});

test('a --browser-path that does not exist is reported by name', async () => {
  const p = new BrowserPool({ browserPath: '/nowhere/chromium' });
  pools.push(p);
  await assert.rejects(
    p.withPage(async () => 1),
    (e: unknown) => isWgdeckError(e) && e.code === 'browser-path-not-found' && e.message.includes('/nowhere/chromium'),
  );
});

test("start() resolves once the browser process runs; a failed start is the first job's error", async (t) => {
  if (process.platform !== 'linux') return t.skip('reads /proc');
  const p = pool(1);
  await p.start();
  const ours = fs
    .readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`wgdeck-chromium-${process.pid}-`);
      } catch {
        return false;
      }
    });
  assert.ok(ours.length > 0, 'a browser process with our profile runs');
  const browserPid = await p.withPage(async (page) => page.browser().process()!.pid!);
  assert.ok(
    treeCmdlines(browserPid).some((cmd) => cmd.includes('--type=renderer')),
    'the page has its renderer',
  );

  const broken = new BrowserPool({ browserPath: '/nowhere/chromium' });
  pools.push(broken);
  await broken.start();
  await assert.rejects(
    broken.withPage(async () => 1),
    (e: unknown) => isWgdeckError(e) && e.code === 'browser-path-not-found',
  );
});
