// Watching what a deck is made of, shared by `wgdeck preview` and `wgdeck build --watch`: folders
// are watched rather than files (editors save by renaming, which a watch on the file would miss),
// events are debounced, and a change during a rebuild queues one more rebuild instead of a second
// one running alongside.
import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import type { Deck } from './deck/types.js';
import { templatesDir as builtinTemplates, themesDir } from './paths.js';
import { forgetCompiled } from './render/render.js';
import { MIME } from './fs/assets.js';

/**
 * The folders a deck's slides depend on: the deck's own folder (the deck file, its images, usually
 * its templates and CSS), the built-in templates and themes, the --templates folder, and the deck's
 * `templates` folder and CSS theme when they lie elsewhere (known only once the deck has loaded).
 */
export function sourceRoots(file: string, opts: { templatesDir?: string; deck?: Deck } = {}): string[] {
  const base = dirname(resolve(file));
  const { deck } = opts;
  return [
    base,
    builtinTemplates,
    themesDir,
    opts.templatesDir && resolve(opts.templatesDir),
    deck?.templates && resolve(base, deck.templates),
    deck?.theme.endsWith('.css') && dirname(resolve(base, deck.theme)),
  ].filter((d): d is string => !!d);
}

/** How deep below a root, and how many folders under one root, a watch goes: a deck's folder is small. */
export const WATCH_DEPTH = 3;
export const WATCH_FOLDERS = 256;

/**
 * A folder and its subfolders, each to be watched on its own: Node 20's recursive watch on Linux
 * follows files rather than folders and loses a file once an editor saves it by renaming a new
 * copy over it. Hidden folders and node_modules hold no slides. The walk is bounded (a deck whose
 * theme or templates path points at / must not walk the whole file system) and follows no symlink.
 */
function folders(root: string, depth = 0, found: string[] = []): string[] {
  if (found.length >= WATCH_FOLDERS) return found;
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return found; // gone, or not a folder: the next render reports what is missing
  }
  found.push(root);
  if (depth >= WATCH_DEPTH) return found;
  for (const e of entries) {
    if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') folders(join(root, e.name), depth + 1, found);
  }
  return found;
}

/** The folders to watch for these roots: each walked once, never the file system's root. */
export function watchedFolders(roots: string[]): string[] {
  const found = [...new Set(roots.map((r) => resolve(r)))].filter((root) => dirname(root) !== root).flatMap((root) => folders(root));
  return [...new Set(found)];
}

/**
 * What a deck can be made of: decks, templates, themes and images. Anything else in the deck's
 * folder (the build's own HTML and PDF, editor swap files, logs) is no cause to render again.
 */
const SOURCE_EXTENSIONS = new Set(['.yaml', '.yml', '.hbs', '.css', ...Object.keys(MIME)]);

export class SourceWatcher {
  private watchers = new Map<string, FSWatcher>();
  private changed = new Set<string>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private closed = false;

  /** `rebuild` gets the absolute paths that changed; it should report its own errors. */
  constructor(
    private readonly rebuild: (changed: string[]) => Promise<void>,
    private readonly debounceMs = 100,
  ) {}

  /** Watches exactly these folders and their subfolders from now on (as they are now). */
  watch(roots: string[]): void {
    const wanted = new Set(watchedFolders(roots));
    for (const [dir, w] of this.watchers) {
      if (!wanted.has(dir)) (w.close(), this.watchers.delete(dir));
    }
    for (const dir of wanted) {
      if (this.closed || this.watchers.has(dir)) continue;
      const w = watch(dir, (_event, name) => name && this.onEvent(resolve(dir, name.toString())));
      // A watched folder that disappears is not fatal: the next render reports the missing files.
      w.on('error', () => (w.close(), this.watchers.delete(dir)));
      this.watchers.set(dir, w);
    }
  }

  private onEvent(file: string): void {
    if (this.closed || !SOURCE_EXTENSIONS.has(extname(file).toLowerCase())) return;
    this.changed.add(file);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.debounceMs);
  }

  private async flush(): Promise<void> {
    if (this.running || this.changed.size === 0) return; // a running rebuild flushes again when it ends
    const changed = [...this.changed];
    this.changed.clear();
    // Templates and themes are compiled once per process; an edited one must be read again.
    if (changed.some((f) => f.endsWith('.hbs') || f.endsWith('.css'))) forgetCompiled();
    this.running = this.rebuild(changed).catch(() => {});
    await this.running;
    this.running = undefined;
    if (this.changed.size && !this.closed) await this.flush();
  }

  /** Stops watching; resolves once a rebuild under way has finished. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
    await this.running;
  }
}
