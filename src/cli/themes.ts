import { E, WgdeckError } from '../errors.js';
import { builtinThemes } from '../render/themes.js';
import { parse } from './args.js';

export const help = `Usage: wgdeck themes

Lists the built-in themes, each with what it is for. A deck picks one with \`theme: NAME\`
(or \`wgdeck new <acronym> --theme NAME\`); \`theme: my.css\` uses a CSS file next to the deck,
which may start with \`@import 'ietf';\` to change only what it needs. See docs/themes.md.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse('themes', argv, {});
  if (values.help) {
    console.log(help);
    return 0;
  }
  if (positionals.length)
    throw new WgdeckError(E.UsageError, {
      detail: `wgdeck themes takes no arguments, got "${positionals.join(' ')}".`,
      command: 'themes',
    });
  // The default first, then the others by name.
  const themes = [...builtinThemes()].sort((a, b) => Number(b.name === 'ietf') - Number(a.name === 'ietf'));
  const width = Math.max(...themes.map((t) => t.name.length));
  for (const t of themes)
    console.log(`${t.name.padEnd(width)}  ${t.description}${t.name === 'ietf' ? ' (default)' : ''}`);
  return 0;
}
