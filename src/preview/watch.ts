// Watching what a deck is made of, shared by `wgdeck preview` and `wgdeck build --watch`: folders
// are watched recursively (editors save by renaming, which a watch on the file itself would miss),
// events are debounced, and a change during a rebuild queues one more rebuild instead of a second
// one running alongside.
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { Deck } from '../deck/types.js';
import { templatesDir as builtinTemplates, themesDir } from '../paths.js';
import { forgetCompiled } from '../render/render.js';

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

/** The roots without those inside another one, which the recursive watch already covers. */
function outermost(roots: string[]): string[] {
  const unique = [...new Set(roots)].filter((d) => existsSync(d));
  return unique.filter((d) => !unique.some((o) => o !== d && d.startsWith(o + sep)));
}

export interface WatchOptions {
  /** changes to these paths are no cause to rebuild: the build's own outputs */
  ignore?: (file: string) => boolean;
  debounceMs?: number;
}

export class SourceWatcher {
  private watchers = new Map<string, FSWatcher>();
  private changed = new Set<string>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private closed = false;

  /** `rebuild` gets the absolute paths that changed; it should report its own errors. */
  constructor(
    private readonly rebuild: (changed: string[]) => Promise<void>,
    private readonly opts: WatchOptions = {},
  ) {}

  /** Watches exactly these folders (and their subfolders) from now on. */
  watch(roots: string[]): void {
    const wanted = outermost(roots);
    for (const [dir, w] of this.watchers) {
      if (!wanted.includes(dir)) (w.close(), this.watchers.delete(dir));
    }
    for (const dir of wanted) {
      if (this.closed || this.watchers.has(dir)) continue;
      const w = watch(dir, { recursive: true }, (_event, name) => this.onEvent(name ? resolve(dir, name.toString()) : dir));
      // A watched folder that disappears is not fatal: the next rebuild reports the missing files.
      w.on('error', () => (w.close(), this.watchers.delete(dir)));
      this.watchers.set(dir, w);
    }
  }

  private onEvent(file: string): void {
    if (this.closed || this.opts.ignore?.(file)) return;
    this.changed.add(file);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.opts.debounceMs ?? 100);
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
