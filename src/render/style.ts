// The deck's `style:` keys as CSS on top of its theme: colors as the theme's custom properties,
// the font family, the logo and the slide-number format. Values were checked by the schema
// (colors are CSS color literals), so they cannot close the rule they are written into.
import type { Deck } from '../deck/types.js';
import type { Problem } from '../errors.js';

/** A CSS string literal: everything but plain characters as a CSS hex escape, so no value can end the rule. */
function cssString(s: string): string {
  return `"${s.replace(/[^\w .,:/-]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

export function themeStyle(deck: Deck): { css?: string; warnings: Problem[] } {
  const s = deck.style;
  const rules: string[] = [];
  const colors = s.colors ?? {};
  const props = Object.entries(colors).map(([k, v]) => `--${k}: ${v};`);
  if (s.font) props.push(`font-family: ${cssString(s.font)}, 'Noto Sans', 'Liberation Sans', sans-serif, 'Noto Color Emoji';`);
  if (props.length) rules.push(`section { ${props.join(' ')} }`);
  if (s.slide_numbers) {
    const content = s.slide_numbers
      .split(/(\{n\}|\{total\})/)
      .filter(Boolean)
      .map((part) => (part === '{n}' ? 'attr(data-marpit-pagination)' : part === '{total}' ? 'attr(data-marpit-pagination-total)' : cssString(part)))
      .join(' ');
    rules.push(`section[data-marpit-pagination]::after { content: ${content}; }`);
  }
  return { css: rules.length ? rules.join('\n') : undefined, warnings: [] };
}
