// The files a deck names, checked while the deck is validated so that a wrong theme or a missing
// image is listed, located, with the deck's other errors (and a did-you-mean), instead of ending
// the build later on its own. Rendering checks them again when it reads them.
import { readdirSync, type Stats, statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { isWgdeckError, type Problem } from '../errors.js';
import { MIME, locateImage } from '../fs/assets.js';
import { MAX_TEXT_BYTES, fileKind } from '../fs/read.js';
import { themesDir } from '../paths.js';
import { childPath, itemPath, suggest, type Locator } from './validate.js';

/** The built-in theme names: each themes/<name>.css declares `@theme <name>`. */
export function builtinThemeNames(): string[] {
  return readdirSync(themesDir)
    .filter((f) => f.endsWith('.css'))
    .map((f) => basename(f, '.css'))
    .sort();
}

/** A file of the same folder whose name is close to the one given, for "did you mean". */
function nearbyFile(file: string, extensions: string[]): string | undefined {
  let names: string[];
  try {
    names = readdirSync(dirname(file)).filter((f) => extensions.includes(extname(f).toLowerCase()));
  } catch {
    return undefined;
  }
  return suggest(basename(file), names);
}

function themeProblem(theme: string, baseDir: string): string | undefined {
  const known = builtinThemeNames();
  if (known.includes(theme)) return undefined;
  if (!theme.toLowerCase().endsWith('.css')) {
    const near = suggest(theme, known);
    const help = near
      ? `did you mean \`${near}\`?`
      : `the built-in themes are ${known.join(', ')}, or give a CSS file (ending in .css) relative to the deck file`;
    return `unknown theme \`${theme}\`; ${help}`;
  }
  const file = resolve(baseDir, theme);
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch {
    const near = nearbyFile(file, ['.css']);
    return `there is no CSS file ${file}${near ? `; did you mean \`${near}\`?` : ''}`;
  }
  if (!stat.isFile()) return `${file} is ${fileKind(stat)}, not a CSS file`;
  if (stat.size > MAX_TEXT_BYTES)
    return (
      `${file} is ${stat.size.toLocaleString('en')} bytes; ` +
      `a theme may be at most ${MAX_TEXT_BYTES.toLocaleString('en')} bytes`
    );
  return undefined;
}

function imageProblem(src: string, baseDir: string): string | undefined {
  try {
    const { file, size } = locateImage(baseDir, src);
    const stat = statSync(file);
    if (!stat.isFile()) return `${src} is ${fileKind(stat)}, not an image file`;
    return size === 0 ? `${src} is empty` : undefined;
  } catch (e) {
    if (!isWgdeckError(e)) throw e;
    const near = e.code === 'image-not-found' ? nearbyFile(resolve(baseDir, src), Object.keys(MIME)) : undefined;
    return `${e.message.replace(/\.$/, '')}${near ? `; did you mean \`${near}\`?` : `. ${e.hint}`}`;
  }
}

/** The images a deck names, by path: style.logo and each image slide's src. */
function imagePaths(data: Record<string, unknown>): Array<{ path: string; src: string }> {
  const out: Array<{ path: string; src: string }> = [];
  const style = data.style as Record<string, unknown> | undefined;
  if (typeof style?.logo === 'string' && style.logo !== '') out.push({ path: 'style.logo', src: style.logo });
  const slides = Array.isArray(data.slides) ? data.slides : [];
  slides.forEach((entry: unknown, i) => {
    const image =
      typeof entry === 'object' && entry !== null && Object.hasOwn(entry, 'image')
        ? (entry as { image: unknown }).image
        : undefined;
    const src = typeof image === 'object' && image !== null ? (image as { src?: unknown }).src : undefined;
    if (typeof src === 'string' && src !== '')
      out.push({ path: childPath(childPath(itemPath('slides', i), 'image'), 'src'), src });
  });
  return out;
}

/** Problems with the theme and images a deck (as parsed, not yet validated) names. */
export function referenceProblems(data: unknown, file: string, locate: Locator): Problem[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const d = data as Record<string, unknown>;
  const baseDir = dirname(resolve(file));
  const problems: Problem[] = [];
  const add = (path: string, message: string | undefined) => {
    if (message !== undefined) problems.push({ file, ...locate(path, 'value'), path, message, severity: 'error' });
  };
  if (typeof d.theme === 'string' && d.theme !== '') add('theme', themeProblem(d.theme, baseDir));
  for (const { path, src } of imagePaths(d)) add(path, imageProblem(src, baseDir));
  return problems;
}
