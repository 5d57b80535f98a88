import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli.js';
import { findBrowser } from '../../src/browser/find.js';
import { isWgdeckError } from '../../src/errors.js';

const existing =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

test('--browser-path comes first, then CHROME_PATH, then the rest', () => {
  const exists = () => true;
  const env = { CHROME_PATH: '/opt/env/chrome', PATH: '/usr/bin' };
  assert.deepEqual(findBrowser({ browserPath: '/opt/cli/chrome', env, platform: 'linux', exists }), {
    path: '/opt/cli/chrome',
    source: '--browser-path',
    headlessShell: false,
  });
  assert.deepEqual(findBrowser({ env, platform: 'linux', exists }), {
    path: '/opt/env/chrome',
    source: 'CHROME_PATH',
    headlessShell: false,
  });
  assert.notEqual(findBrowser({ env: {}, platform: 'linux', exists }).source, 'CHROME_PATH');
});

test("puppeteer's cache, newest build first, comes before the usual locations", () => {
  const cache = tempDir();
  for (const build of ['linux-121.0.6167.85', 'linux-131.0.6778.204'])
    fs.mkdirSync(join(cache, 'chrome', build, 'chrome-linux64'), { recursive: true });
  const older = join(cache, 'chrome', 'linux-121.0.6167.85', 'chrome-linux64', 'chrome');
  const newer = join(cache, 'chrome', 'linux-131.0.6778.204', 'chrome-linux64', 'chrome');
  const env = { PUPPETEER_CACHE_DIR: cache };
  assert.deepEqual(findBrowser({ env, platform: 'linux', exists: existing(older, newer, '/usr/bin/chromium') }), {
    path: newer,
    source: 'puppeteer cache',
    headlessShell: false,
  });
  assert.deepEqual(findBrowser({ env, platform: 'linux', exists: existing(older, '/usr/bin/chromium') }), {
    path: older,
    source: 'puppeteer cache',
    headlessShell: false,
  });
  assert.deepEqual(
    findBrowser({ env: {}, platform: 'linux', exists: existing('/usr/bin/chromium') }).source,
    'default location',
  );
});

test("Chrome's headless shell comes before full browsers, unless a full one is asked for", () => {
  const cache = tempDir();
  const shell = join(cache, 'chrome-headless-shell', 'linux-131.0.6778.204', 'chrome-headless-shell-linux64');
  fs.mkdirSync(shell, { recursive: true });
  const cached = join(shell, 'chrome-headless-shell');
  const debian = '/usr/lib/chromium/chromium-headless-shell';
  const env = { PUPPETEER_CACHE_DIR: cache };
  const exists = existing(cached, debian, '/usr/bin/chromium');
  assert.deepEqual(findBrowser({ env, platform: 'linux', exists }), {
    path: cached,
    source: 'puppeteer cache',
    headlessShell: true,
  });
  assert.deepEqual(findBrowser({ env: {}, platform: 'linux', exists }), {
    path: debian,
    source: 'default location',
    headlessShell: true,
  });
  assert.deepEqual(findBrowser({ env, platform: 'linux', exists, headlessShell: false }), {
    path: '/usr/bin/chromium',
    source: 'default location',
    headlessShell: false,
  });
  // A path the user names is taken as it is, and known as a headless shell by its name.
  const named = 'C:\\hs\\chrome-headless-shell.exe';
  assert.deepEqual(findBrowser({ browserPath: named, platform: 'win32', exists: existing(named) }), {
    path: 'C:\\hs\\chrome-headless-shell.exe',
    source: '--browser-path',
    headlessShell: true,
  });
  assert.equal(findBrowser({ env: { CHROME_PATH: debian }, exists, headlessShell: false }).path, debian);
});

test('macOS: puppeteer caches builds for Apple silicon and Intel', () => {
  const cache = tempDir();
  const app = ['Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'];
  const arm = join(cache, 'chrome', 'mac_arm-131.0.6778.204', 'chrome-mac-arm64', ...app);
  const shell = join(cache, 'chrome-headless-shell', 'mac-131.0.6778.204', 'chrome-headless-shell-mac-x64');
  const env = { PUPPETEER_CACHE_DIR: cache, HOME: '/Users/ann' };
  fs.mkdirSync(join(cache, 'chrome', 'mac_arm-131.0.6778.204'), { recursive: true });
  fs.mkdirSync(shell, { recursive: true });
  assert.equal(findBrowser({ env, platform: 'darwin', exists: existing(arm) }).path, arm);
  assert.deepEqual(
    findBrowser({ env, platform: 'darwin', exists: existing(arm, join(shell, 'chrome-headless-shell')) }),
    {
      path: join(shell, 'chrome-headless-shell'),
      source: 'puppeteer cache',
      headlessShell: true,
    },
  );
});

test('a named path that does not exist is an error naming it, not a fallback', () => {
  const exists = existing('/usr/bin/chromium');
  assert.throws(
    () => findBrowser({ browserPath: '/nowhere/chrome', env: {}, platform: 'linux', exists }),
    (e: unknown) =>
      isWgdeckError(e) &&
      e.code === 'browser-path-not-found' &&
      /--browser-path names \/nowhere\/chrome/.test(e.message),
  );
  assert.throws(
    () => findBrowser({ env: { CHROME_PATH: '/gone/chromium' }, platform: 'linux', exists }),
    (e: unknown) =>
      isWgdeckError(e) && e.code === 'browser-path-not-found' && /CHROME_PATH names \/gone\/chromium/.test(e.message),
  );
});

test('Linux: the usual locations, then PATH', () => {
  assert.deepEqual(
    findBrowser({
      env: {},
      platform: 'linux',
      exists: existing('/usr/bin/google-chrome-stable', '/snap/bin/chromium'),
    }),
    {
      path: '/usr/bin/google-chrome-stable',
      source: 'default location',
      headlessShell: false,
    },
  );
  assert.deepEqual(findBrowser({ env: {}, platform: 'linux', exists: existing('/snap/bin/chromium') }), {
    path: '/snap/bin/chromium',
    source: 'default location',
    headlessShell: false,
  });
  assert.deepEqual(
    findBrowser({
      env: { PATH: '/opt/a/bin:/opt/b/bin' },
      platform: 'linux',
      exists: existing('/opt/b/bin/microsoft-edge'),
    }),
    { path: '/opt/b/bin/microsoft-edge', source: 'PATH', headlessShell: false },
  );
});

test('macOS: /Applications before ~/Applications; Chrome, Chromium, Edge', () => {
  const env = { HOME: '/Users/ann' };
  const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
  const userEdge = '/Users/ann/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
  assert.equal(findBrowser({ env, platform: 'darwin', exists: existing(userEdge, chrome) }).path, chrome);
  assert.equal(findBrowser({ env, platform: 'darwin', exists: existing(userEdge) }).path, userEdge);
  assert.equal(
    findBrowser({ env, platform: 'darwin', exists: existing('/Applications/Chromium.app/Contents/MacOS/Chromium') })
      .path,
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  );
});

test('Windows: Program Files, Program Files (x86) and LocalAppData, names in any case', () => {
  const env = {
    ProgramFiles: 'C:\\Program Files',
    'ProgramFiles(x86)': 'C:\\Program Files (x86)',
    LocalAppData: 'C:\\Users\\ann\\AppData\\Local',
    Path: 'C:\\Tools',
  };
  const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
  const userChrome = 'C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
  assert.deepEqual(findBrowser({ env, platform: 'win32', exists: existing(edge, userChrome) }), {
    path: userChrome,
    source: 'default location',
    headlessShell: false,
  });
  assert.deepEqual(findBrowser({ env, platform: 'win32', exists: existing(edge) }), {
    path: edge,
    source: 'default location',
    headlessShell: false,
  });
  assert.deepEqual(findBrowser({ env, platform: 'win32', exists: existing('C:\\Tools\\chrome.exe') }), {
    path: 'C:\\Tools\\chrome.exe',
    source: 'PATH',
    headlessShell: false,
  });
  assert.equal(
    findBrowser({ env: { CHROME_PATH: 'D:\\chrome.exe' }, platform: 'win32', exists: existing('D:\\chrome.exe') })
      .source,
    'CHROME_PATH',
  );
});

test('none found: BrowserNotFound lists every place tried', () => {
  assert.throws(
    () => findBrowser({ env: { PATH: '/opt/x/bin' }, platform: 'linux', exists: () => false }),
    (e: unknown) => {
      assert.ok(isWgdeckError(e));
      assert.equal(e.code, 'browser-not-found');
      const tried = (e.args as { tried: string[] }).tried;
      for (const file of [
        '/usr/bin/chromium',
        '/usr/bin/microsoft-edge-stable',
        '/snap/bin/chromium',
        '/opt/x/bin/google-chrome',
      ]) {
        assert.ok(tried.includes(file), file);
        assert.ok(e.message.includes(`  ${file}\n`) || e.message.endsWith(`  ${file}`), file);
      }
      assert.equal(new Set(tried).size, tried.length, 'no place listed twice');
      return true;
    },
  );
  assert.throws(
    () => findBrowser({ env: { HOME: '/Users/ann' }, platform: 'darwin', exists: () => false }),
    (e: unknown) =>
      isWgdeckError(e) && e.message.includes('/Users/ann/Applications/Chromium.app/Contents/MacOS/Chromium'),
  );
});

test('on this machine: finds a browser that exists', () => {
  const found = findBrowser({ env: { PATH: process.env.PATH } });
  assert.ok(fs.statSync(found.path).isFile());
});
