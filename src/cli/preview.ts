import { existsSync } from 'node:fs';
import { E, WgdeckError } from '../errors.js';
import { openBrowser } from '../preview/open.js';
import { startPreview } from '../preview/server.js';
import { parse, templatesOption } from './args.js';

export const help = `Usage: wgdeck preview <deck.yaml> [options]

Serves the deck's HTML on this machine and reloads it in the browser whenever the deck, an image in
its folder, a template or a theme changes. Errors show over the last good slides until fixed.
Ctrl-C stops.

Options:
      --host HOST        the address to serve on (default 127.0.0.1: this machine only)
  -p, --port PORT        the port (default 8080, or the next free one; 0: any free port)
      --open             open the preview in the default browser
  -t, --templates DIR    template overrides: DIR/<kind>.hbs replaces or adds a slide kind
  -h, --help             this help

Exit codes: 0 stopped with Ctrl-C, 1 invalid input, 2 environment (the port is taken).`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse('preview', argv, {
    host: { type: 'string' },
    port: { type: 'string', short: 'p' },
    templates: { type: 'string', short: 't' },
    open: { type: 'boolean' },
  });
  if (values.help) {
    console.log(help);
    return 0;
  }
  if (positionals.length !== 1)
    throw new WgdeckError(E.UsageError, { detail: 'Name one deck file.', command: 'preview' });
  const [file] = positionals;
  if (!existsSync(file)) throw new WgdeckError(E.DeckNotFound, { file });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
    throw new WgdeckError(E.UsageError, {
      detail: `--port expects a port number, got "${values.port}".`,
      command: 'preview',
    });
  }
  const preview = await startPreview({
    file,
    host: values.host,
    port,
    templatesDir: templatesOption(values.templates),
    log: (text) => process.stderr.write(`${new Date().toLocaleTimeString()} ${text}\n`),
  });
  console.log(`Preview of ${file} at ${preview.url} (Ctrl-C stops)`);
  // No browser to open (a server, a container) is no failure: the address is printed above.
  if (values.open && !(await openBrowser(preview.url)))
    process.stderr.write(`Could not open a browser; open ${preview.url} yourself.\n`);
  // Runs until Ctrl-C or SIGTERM ends the process (cli/signals.ts).
  return new Promise<never>(() => {});
}
