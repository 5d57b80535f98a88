// Where the package's own files are, whether running from dist/, dist-test/ or an installed copy.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
