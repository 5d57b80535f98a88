// Locates a Chromium-based browser for printing PDFs. wgdeck never downloads one (.puppeteerrc.cjs):
// it takes the user's choice first, then Chrome's headless shell (which starts and prints in about
// half the CPU of a full browser), then a full browser: each in puppeteer's cache first, then in the
// places Chrome, Chromium and Edge install themselves on each platform.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E, WgdeckError } from '../errors.js';

export interface FindBrowserOptions {
  /** from --browser-path */
  browserPath?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** whether a browser executable exists at this path; injectable so tests can cover other platforms */
  exists?: (file: string) => boolean;
  /** false: only a full browser, as a person views the HTML in; a path the user named is taken as it is */
  headlessShell?: false;
}

export interface FoundBrowser {
  path: string;
  /** where the path came from: "--browser-path", "CHROME_PATH", "puppeteer cache", "default location", "PATH" */
  source: string;
  /** Chrome's headless shell, known by its name: it runs only headless, in puppeteer's 'shell' mode */
  headlessShell: boolean;
}

const isHeadlessShell = (file: string): boolean => /headless[-_]shell(\.exe)?$/i.test(file);

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Windows environment names are case-insensitive; a plain object given as env is not. */
function envValue(env: NodeJS.ProcessEnv, name: string, platform: NodeJS.Platform): string | undefined {
  if (platform !== 'win32') return env[name] || undefined;
  const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
  return (key && env[key]) || undefined;
}

/**
 * Where puppeteer's installer keeps each build of a browser: <browser>/<build>/<folder>/<executable>,
 * the folder named for the platform (on macOS, for the processor too).
 */
const CACHED: Record<'chrome' | 'chrome-headless-shell', Partial<Record<NodeJS.Platform, string[][]>>> = {
  chrome: {
    linux: [['chrome-linux64', 'chrome']],
    darwin: ['arm64', 'x64'].map((cpu) => [
      `chrome-mac-${cpu}`,
      'Google Chrome for Testing.app',
      'Contents',
      'MacOS',
      'Google Chrome for Testing',
    ]),
    win32: [['chrome-win64', 'chrome.exe']],
  },
  'chrome-headless-shell': {
    linux: [['chrome-headless-shell-linux64', 'chrome-headless-shell']],
    darwin: ['arm64', 'x64'].map((cpu) => [`chrome-headless-shell-mac-${cpu}`, 'chrome-headless-shell']),
    win32: [['chrome-headless-shell-win64', 'chrome-headless-shell.exe']],
  },
};

/**
 * Chrome builds a puppeteer installation elsewhere (or `npx @puppeteer/browsers install`) left in
 * its cache, newest first. Read from the folder rather than asked of puppeteer, which wgdeck loads
 * only to print: finding a browser must stay cheap.
 */
function puppeteerCachePaths(
  browser: keyof typeof CACHED,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
): string[] {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const home = envValue(env, platform === 'win32' ? 'USERPROFILE' : 'HOME', platform) ?? os.homedir();
  const dir = p.join(envValue(env, 'PUPPETEER_CACHE_DIR', platform) ?? p.join(home, '.cache', 'puppeteer'), browser);
  const tails = CACHED[browser][platform] ?? [];
  let builds: string[];
  try {
    builds = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const byVersion = (a: string, b: string) => b.localeCompare(a, 'en', { numeric: true });
  return builds.sort(byVersion).flatMap((build) => tails.map((tail) => p.join(dir, build, ...tail)));
}

/**
 * Headless shells installed with the system: Debian's chromium-headless-shell. Its binary, not the
 * script in /usr/bin, which runs it without exec: killing that script's process would not end the browser.
 */
const SHELL_LOCATIONS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['/usr/lib/chromium/chromium-headless-shell'],
};

const LINUX_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
];
const WINDOWS_NAMES = ['chrome.exe', 'msedge.exe'];

function defaultLocations(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    const home = envValue(env, 'HOME', platform) ?? os.homedir();
    return [
      ...apps.map((app) => path.posix.join('/Applications', app)),
      ...apps.map((app) => path.posix.join(home, 'Applications', app)),
    ];
  }
  if (platform === 'win32') {
    const roots = ['PROGRAMFILES', 'PROGRAMFILES(X86)', 'LOCALAPPDATA']
      .map((name) => envValue(env, name, platform))
      .filter((root): root is string => root !== undefined);
    const installs = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return installs.flatMap((install) => roots.map((root) => path.win32.join(root, install)));
  }
  return [...LINUX_NAMES.map((name) => `/usr/bin/${name}`), '/snap/bin/chromium'];
}

function pathLocations(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const dirs = (envValue(env, 'PATH', platform) ?? '').split(p.delimiter).filter((d) => d !== '');
  const names = platform === 'win32' ? WINDOWS_NAMES : LINUX_NAMES;
  return dirs.flatMap((dir) => names.map((name) => p.join(dir, name)));
}

export function findBrowser(opts: FindBrowserOptions = {}): FoundBrowser {
  const env = opts.env ?? process.env;
  const platform = opts.platform ?? process.platform;
  const exists = opts.exists ?? isFile;

  // A path the user named must be used or reported, never silently replaced by another browser.
  const chosen: Array<[string | undefined, string]> = [
    [opts.browserPath, '--browser-path'],
    [envValue(env, 'CHROME_PATH', platform), 'CHROME_PATH'],
  ];
  for (const [file, source] of chosen) {
    if (file === undefined || file === '') continue;
    if (!exists(file)) throw new WgdeckError(E.BrowserPathNotFound, { path: file, source });
    return { path: file, source, headlessShell: isHeadlessShell(file) };
  }

  const from = (source: string) => (file: string) => [file, source] as const;
  const shells =
    opts.headlessShell === false
      ? []
      : [
          ...puppeteerCachePaths('chrome-headless-shell', env, platform).map(from('puppeteer cache')),
          ...(SHELL_LOCATIONS[platform] ?? []).map(from('default location')),
        ];
  const candidates = [
    ...shells,
    ...puppeteerCachePaths('chrome', env, platform).map(from('puppeteer cache')),
    ...defaultLocations(platform, env).map(from('default location')),
    ...pathLocations(platform, env).map(from('PATH')),
  ];
  const tried: string[] = [];
  for (const [file, source] of candidates) {
    if (tried.includes(file)) continue;
    tried.push(file);
    if (exists(file)) return { path: file, source, headlessShell: isHeadlessShell(file) };
  }
  throw new WgdeckError(E.BrowserNotFound, { tried });
}
