// Which deck files a command line names: files as given, folders by their *.yaml / *.yml.
import { readdirSync, type Stats, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { E, WgdeckError } from '../errors.js';

/** The deck files named by the arguments: files as given, folders by their *.yaml / *.yml. */
export function deckFiles(args: string[]): string[] {
  return args.flatMap((arg) => {
    let stat: Stats;
    try {
      stat = statSync(arg);
    } catch {
      throw new WgdeckError(E.DeckNotFound, { file: arg });
    }
    if (!stat.isDirectory()) return [arg];
    const files = readdirSync(arg)
      .filter((f) => ['.yaml', '.yml'].includes(extname(f)))
      .sort()
      .map((f) => join(arg, f));
    if (files.length === 0) throw new WgdeckError(E.NoDecksInFolder, { dir: arg });
    return files;
  });
}
