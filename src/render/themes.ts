// Themes: the built-in ones in themes/*.css (each names itself with /* @theme name */), or a CSS
// file next to the deck, which may @import a built-in one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { E, WgdeckError, type Problem } from '../errors.js';
import { MAX_TEXT_BYTES, readRegularFile } from '../fs/read.js';
import { themesDir } from '../paths.js';

export interface ThemeInfo {
  name: string;
  description: string;
  css: string;
}

const THEME_NAME = /@theme\s+([\w-]+)/;

function describe(css: string): string {
  // The first comment line after "@theme name" and "@size" lines.
  const comment = /\/\*([\s\S]*?)\*\//.exec(css)?.[1] ?? '';
  return (
    comment
      .split('\n')
      .map((l) => l.replace(/^\s*\*\s?/, '').trim())
      .find((l) => l && !l.startsWith('@')) ?? ''
  );
}

let builtins: ThemeInfo[] | undefined;

export function forgetBuiltinThemes(): void {
  builtins = undefined;
}

export function builtinThemes(): ThemeInfo[] {
  builtins ??= readdirSync(themesDir)
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map((f) => {
      const css = readFileSync(join(themesDir, f), 'utf8');
      return { name: THEME_NAME.exec(css)?.[1] ?? basename(f, '.css'), description: describe(css), css };
    });
  return builtins;
}

export interface ResolvedTheme {
  /** the name Marp knows it by */
  name: string;
  /** the CSS of a theme file of the deck's own */
  userCss?: string;
  warnings: Problem[];
}

/**
 * The theme a deck asks for: its name for Marp, and the user's CSS when it is a file (with what it
 * may not load taken out, each named in a warning).
 */
export async function resolveTheme(theme: string, baseDir: string): Promise<ResolvedTheme> {
  const known = builtinThemes();
  if (known.some((t) => t.name === theme)) return { name: theme, warnings: [] };
  const file = isAbsolute(theme) ? theme : resolve(baseDir, theme);
  if (!theme.endsWith('.css') || !existsSync(file))
    throw new WgdeckError(E.ThemeNotFound, { theme, known: known.map((t) => t.name) });
  // postcss, which reads the theme, loads only for a theme of the deck's own.
  const { checkThemeUrls } = await import('./theme-urls.js');
  const { css, warnings } = checkThemeUrls(
    readRegularFile(file, { what: 'theme', maxBytes: MAX_TEXT_BYTES }).toString('utf8'),
    file,
    baseDir,
    known.map((t) => t.name),
  );
  // A user theme without its own name is named after its file. A name a built-in has would replace
  // that built-in (and `@import 'ietf'` in my ietf.css would import itself), so it gets a suffix.
  const own = THEME_NAME.exec(css)?.[1] ?? basename(file, '.css');
  const name = known.some((t) => t.name === own) ? `${own}-custom` : own;
  const named = THEME_NAME.test(css) ? css.replace(THEME_NAME, `@theme ${name}`) : `/* @theme ${name} */\n${css}`;
  return { name, userCss: named, warnings };
}

const IMPORT = /@import(?:-theme)?\s+(?:url\(\s*)?["']?([\w-]+)["']?\s*\)?\s*;/g;

/**
 * The custom properties a theme sets on the slide (`section` or `:root`), after those of the
 * built-in themes it imports: { '--primary': '#002d3c', ... }. Values are as written (may be var(...)).
 */
export function themeVariables(css: string, seen: string[] = []): Record<string, string> {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const vars: Record<string, string> = {};
  for (const [, name] of plain.matchAll(IMPORT)) {
    const imported = builtinThemes().find((t) => t.name === name);
    if (imported && !seen.includes(name)) Object.assign(vars, themeVariables(imported.css, [...seen, name]));
  }
  for (const [, body] of plain.matchAll(/(?:^|[};])\s*(?:section|:root)\s*\{([^}]*)\}/g)) {
    for (const [, prop, value] of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)) vars[prop] = value.trim();
  }
  return vars;
}
