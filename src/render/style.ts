// The deck's `style:` keys as CSS on top of its theme: colors as the theme's custom properties,
// the font family, the logo and the slide-number format; and the readability guard, which warns
// when the colors a deck sets leave too little contrast. Values were checked by the schema
// (colors are CSS color literals, the font a plain family name), so they cannot close the rule
// they are written into.
import { dirname } from 'node:path';
import type { Deck } from '../deck/types.js';
import { warningAt, type Problem } from '../errors.js';
import { imageDataUri } from '../fs/assets.js';
import { contrastRatio, MIN_CONTRAST, parseColor } from './contrast.js';
import { builtinThemes, themeVariables, type ResolvedTheme } from './themes.js';

type Positions = Map<string, { line: number; col: number }>;
type ColorKey = 'primary' | 'accent' | 'background' | 'text';

/** A CSS string literal: everything but plain characters as a CSS hex escape, so no value can end the rule. */
function cssString(s: string): string {
  return `"${s.replace(/[^\w .,:/-]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

/**
 * The logo: top right on every slide, in the title band (whose text then stops short of it), and in
 * the title slide's logo slot, in place of the text wordmark.
 */
function logoRules(dataUri: string): string[] {
  const picture = 'background: var(--logo) right center / contain no-repeat;';
  return [
    `section { --logo: url("${dataUri}"); }`,
    'section:not(.title)::before { content: ""; position: absolute; z-index: 1; top: 12px; ' +
      `right: 28px; width: 200px; height: min(68px, calc(var(--band, 92px) - 24px)); ${picture} }`,
    'section:not(.title) > :is(h1, h2):first-child { padding-right: 170px; }',
    `section.title .wordmark { color: transparent; ${picture} }`,
  ];
}

function slideNumberRule(format: string): string {
  const content = format
    .split(/(\{n\}|\{total\})/)
    .filter(Boolean)
    .map((part) =>
      part === '{n}'
        ? 'attr(data-marpit-pagination)'
        : part === '{total}'
          ? 'attr(data-marpit-pagination-total)'
          : cssString(part),
    )
    .join(' ');
  return `section[data-marpit-pagination]::after { content: ${content}; }`;
}

/** A theme variable's value with var(--x) references followed (a few levels, so a cycle ends). */
function resolveVar(vars: Record<string, string>, value: string | undefined, depth = 0): string | undefined {
  const ref = value && /^var\(\s*(--[\w-]+)\s*(?:,\s*([^)]+))?\)$/.exec(value);
  if (!ref || depth > 5) return value;
  return resolveVar(vars, vars[ref[1]] ?? ref[2], depth + 1);
}

/**
 * The pairs the room must read: body text, the title bar and links. Each pair is checked only
 * when the deck sets one of its colors (a theme's own pairs are the theme's business).
 */
const PAIRS: Array<{ what: string; fg: string; bg: string; keys: ColorKey[] }> = [
  { what: 'text on background', fg: '--text', bg: '--background', keys: ['text', 'background'] },
  { what: 'title-bar text on primary', fg: '--on-primary', bg: '--primary', keys: ['primary'] },
  { what: 'links on background', fg: '--link', bg: '--background', keys: ['accent', 'background'] },
];

function contrastWarnings(deck: Deck, theme: ResolvedTheme, positions?: Positions): Problem[] {
  const colors = deck.style.colors ?? {};
  if (Object.keys(colors).length === 0) return [];
  const vars = themeVariables(theme.userCss ?? builtinThemes().find((t) => t.name === theme.name)!.css);
  for (const [k, v] of Object.entries(colors)) vars[`--${k}`] = v;
  // Links take the accent color when the deck gives one (see themeStyle).
  if (colors.accent) vars['--link'] = colors.accent;
  const warn = (path: string, message: string): Problem =>
    warningAt(deck.file, positions?.get(path) ?? positions?.get('style.colors') ?? { line: 1, col: 1 }, path, message);
  const problems: Problem[] = [];
  const unreadable = new Set<string>();
  for (const [k, v] of Object.entries(colors) as Array<[ColorKey, string]>) {
    if (!parseColor(v)) {
      unreadable.add(k);
      problems.push(
        warn(
          `style.colors.${k}`,
          `"${v}" is not a CSS color wgdeck can read, so its contrast is not checked (the browser may ignore it)`,
        ),
      );
    }
  }
  for (const pair of PAIRS) {
    const given = pair.keys.filter((k) => colors[k] !== undefined);
    if (given.length === 0 || given.some((k) => unreadable.has(k))) continue;
    const fg = resolveVar(vars, vars[pair.fg]);
    const bg = resolveVar(vars, vars[pair.bg]);
    const ratio = fg && bg ? contrastRatio(fg, bg) : undefined;
    if (ratio === undefined || ratio >= MIN_CONTRAST) continue;
    problems.push(
      warn(
        `style.colors.${given[0]}`,
        `${pair.what}: ${fg} on ${bg} has a contrast ratio of ${Math.min(ratio, MIN_CONTRAST - 0.01).toFixed(2)}:1, ` +
          `below the ${MIN_CONTRAST}:1 that text needs to be read from the back of the room`,
      ),
    );
  }
  return problems;
}

/**
 * The CSS for the deck's `style:` (undefined when there is none) on its `theme`, and warnings about
 * it. `positions` (from the loader) lets a warning point at the line of the color it is about.
 */
export function themeStyle(
  deck: Deck,
  theme: ResolvedTheme,
  positions?: Positions,
): { css?: string; warnings: Problem[] } {
  const s = deck.style;
  const rules: string[] = [];
  const colors = s.colors ?? {};
  const props = Object.entries(colors).map(([k, v]) => `--${k}: ${v};`);
  // The schema calls accent the color of "links and highlights".
  if (colors.accent) props.push(`--link: ${colors.accent};`);
  if (s.font)
    props.push(`font-family: ${cssString(s.font)}, 'Noto Sans', 'Liberation Sans', sans-serif, 'Noto Color Emoji';`);
  if (props.length) rules.push(`section { ${props.join(' ')} }`);
  if (s.logo) rules.push(...logoRules(imageDataUri(dirname(deck.file), s.logo)));
  if (s.slide_numbers) rules.push(slideNumberRule(s.slide_numbers));
  return { css: rules.length ? rules.join('\n') : undefined, warnings: contrastWarnings(deck, theme, positions) };
}
