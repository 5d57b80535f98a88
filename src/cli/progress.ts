// Progress of a batch on stderr: on a terminal one bar redrawn in place, with warnings and failures
// printed above it; elsewhere (CI logs) one plain line per deck.
export interface Progress {
  /** a deck is under way */
  start(file: string): void;
  /** a deck is finished; `lines` are what to say about it (built/failed, warnings) */
  done(file: string, lines: string[], ok: boolean): void;
  /** removes the bar */
  end(): void;
}

const WIDTH = 24;

/** For --quiet: nothing as it goes; the command prints the failures at the end. */
export const silent: Progress = { start() {}, done() {}, end() {} };

export function progress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  let finished = 0;
  const active = new Set<string>();
  const count = () => `${String(finished).padStart(String(total).length)}/${total}`;
  if (!stream.isTTY) {
    return {
      start: (file) => void active.add(file),
      done(_file, lines) {
        finished++;
        stream.write(`[${count()}] ${lines.join('\n')}\n`);
      },
      end() {},
    };
  }
  const clear = () => stream.write('\r\x1b[K');
  const draw = () => {
    const filled = Math.round((finished / total) * WIDTH);
    const now = [...active].join(', ');
    const line = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${count()} ${now}`;
    clear();
    // A line longer than the terminal would wrap, and \r could not take the bar back.
    stream.write(line.slice(0, (stream.columns || 80) - 1));
  };
  return {
    start(file) {
      active.add(file);
      draw();
    },
    done(file, lines, ok) {
      finished++;
      active.delete(file);
      // On a terminal the bar stands for the decks that went well; anything worth reading stays above it.
      const keep = ok ? lines.slice(1) : lines;
      if (keep.length) {
        clear();
        stream.write(`${keep.join('\n')}\n`);
      }
      draw();
    },
    end: clear,
  };
}
