// Watching what a deck is made of, shared by `wgdeck preview` and `wgdeck build --watch`: chokidar
// watches each folder and its subfolders (following editors that save by renaming a new copy over
// the file), events are debounced, and a change during a rebuild queues one more rebuild instead of
// a second one running alongside.
import { watch, type FSWatcher } from 'chokidar';
import { dirname, extname, relative, resolve, sep } from 'node:path';
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

/** How deep below a root a watch goes: a deck's folder is small, and a theme path may point anywhere. */
export const WATCH_DEPTH = 3;

/** The roots to watch, each once, never the file system's root (a theme or templates path at /). */
export function watchedRoots(roots: string[]): string[] {
  return [...new Set(roots.map((r) => resolve(r)))].filter((root) => dirname(root) !== root);
}

/**
 * What a deck can be made of: decks, templates, themes and images. Anything else in the deck's
 * folder (the build's own HTML and PDF, editor swap files, logs) is no cause to render again.
 */
const SOURCE_EXTENSIONS = new Set(['.yaml', '.yml', '.hbs', '.css', ...Object.keys(MIME)]);

export class SourceWatcher {
  private watcher?: FSWatcher;
  private roots = new Set<string>();
  private changed = new Set<string>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private closed = false;
  /** resolves once the first folders are watched: a change made before that may go unseen */
  ready: Promise<void> = Promise.resolve();

  /** `rebuild` gets the absolute paths that changed; it should report its own errors. */
  constructor(
    private readonly rebuild: (changed: string[]) => Promise<void>,
    private readonly debounceMs = 100,
  ) {}

  /** Watches exactly these folders and their subfolders from now on. */
  watch(roots: string[]): void {
    if (this.closed) return;
    const wanted = new Set(watchedRoots(roots));
    const before = this.roots;
    this.roots = wanted;
    if (!this.watcher) {
      this.watcher = watch([...wanted], {
        ignoreInitial: true,
        depth: WATCH_DEPTH,
        followSymlinks: false,
        ignored: (path) => this.ignored(resolve(path)),
      });
      this.watcher.on('all', (_event, path) => this.onEvent(resolve(path)));
      // A watched folder that disappears is not fatal: the next render reports the missing files.
      this.watcher.on('error', () => {});
      const w = this.watcher;
      this.ready = new Promise((done) => w.once('ready', () => done()));
    } else {
      const added = [...wanted].filter((r) => !before.has(r));
      const removed = [...before].filter((r) => !wanted.has(r));
      if (added.length) this.watcher.add(added);
      if (removed.length) this.watcher.unwatch(removed);
    }
  }

  /** Hidden folders and files and node_modules below a root hold no slides (the root itself may be hidden). */
  private ignored(path: string): boolean {
    return [...this.roots].some((root) => {
      const below = relative(root, path);
      return (
        below !== '' &&
        !below.startsWith('..') &&
        below.split(sep).some((part) => part.startsWith('.') || part === 'node_modules')
      );
    });
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
    await this.watcher?.close();
    await this.running;
  }
}
