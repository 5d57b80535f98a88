// Where the package's own files are, whether running from dist/, dist-test/ or an installed copy.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'wgdeck') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('wgdeck: cannot find its own package.json');
    dir = parent;
  }
}

export const packageRoot = findPackageRoot();
export const templatesDir = join(packageRoot, 'templates');
export const themesDir = join(packageRoot, 'themes');
export const schemaPath = join(packageRoot, 'schema', 'deck.schema.json');
export const version: string = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version;

/**
 * The `$schema` a new deck at `deckFile` points to, valid wherever the file is shared: relative
 * inside this package (its decks/ folder) or to a wgdeck installed in the deck's project, else the
 * published copy of this version; never an absolute path into one machine's clone.
 */
export function schemaRef(deckFile: string): string {
  const from = dirname(resolve(deckFile));
  const local = (root: string) =>
    relative(from, join(root, 'schema', 'deck.schema.json'))
      .split(sep)
      .join('/');
  if (!relative(packageRoot, from).startsWith('..')) return local(packageRoot);
  for (let dir = from; ; dir = dirname(dir)) {
    const installed = join(dir, 'node_modules', 'wgdeck');
    if (existsSync(join(installed, 'schema', 'deck.schema.json'))) return local(installed);
    if (dirname(dir) === dir) break;
  }
  return `https://unpkg.com/wgdeck@${version}/schema/deck.schema.json`;
}
