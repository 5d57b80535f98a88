// `wgdeck agenda` and `wgdeck notes`: a Markdown page from each deck, on stdout or into --out DIR.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadDeck } from '../deck/load.js';
import type { Deck } from '../deck/types.js';
import { E, WgdeckError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { sessionPageName } from '../export/proceedings.js';
import { parse } from './args.js';
import { printWarnings } from '../errors-text.js';

export interface MarkdownCommand {
  name: 'agenda' | 'notes';
  render: (deck: Deck) => string;
}

export async function runMarkdown(cmd: MarkdownCommand, argv: string[], help: string): Promise<number> {
  const { values, positionals } = parse(cmd.name, argv, { out: { type: 'string' }, proceedings: { type: 'boolean' } });
  if (values.help) {
    console.log(help);
    return 0;
  }
  if (positionals.length === 0)
    throw new WgdeckError(E.UsageError, { detail: 'Name at least one deck file.', command: cmd.name });
  if (values.proceedings && !values.out)
    throw new WgdeckError(E.UsageError, {
      detail: '--proceedings names files, so it needs --out DIR.',
      command: cmd.name,
    });
  // Every deck is loaded before anything is written: one invalid deck writes nothing.
  const loaded = await Promise.all(positionals.map(async (file) => ({ file, ...(await loadDeck(file)) })));
  for (const { warnings } of loaded) printWarnings(warnings);
  if (!values.out) {
    process.stdout.write(loaded.map(({ deck }) => cmd.render(deck)).join('\n'));
    return 0;
  }
  const out = values.out;
  await mkdir(out, { recursive: true }).catch((e: Error) => {
    throw new WgdeckError(E.OutputNotWritable, { file: out, detail: e.message });
  });
  for (const { file, deck } of loaded) {
    const target = join(out, sessionPageName(cmd.name, file, deck, out, values.proceedings));
    await writeFileAtomic(target, cmd.render(deck));
    console.log(`wrote ${target}`);
  }
  return 0;
}
