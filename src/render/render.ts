// Deck -> Marp Markdown -> HTML: the whole in-process part of a build, no browser involved.
import { dirname, resolve as resolvePath } from 'node:path';
import type { Deck } from '../deck/types.js';
import { E, WgdeckError, type Problem } from '../errors.js';
import { htmlPage } from './page.js';
import { resolveDeck, type ResolvedDeck } from '../plan.js';
import { agendaPlan } from '../slides/agenda-plan.js';
import { renderMarkdown } from './markdown.js';
import { createMarp, renderMarp, type MarpOutput } from './marp.js';
import { loadTemplates, type TemplateSet } from './templates.js';
import { builtinThemes, forgetBuiltinThemes, resolveTheme } from './themes.js';
import { themeStyle } from './style.js';

export interface RenderOptions {
  /** a folder of template overrides (beside the deck's own `templates`) */
  templatesDir?: string;
  positions?: Map<string, { line: number; col: number }>;
}

export interface RenderedDeck {
  resolved: ResolvedDeck;
  markdown: string;
  marp: MarpOutput;
  /** the self-contained HTML page for the screen */
  html: string;
  slides: Array<{ title: string; notes?: string }>;
  warnings: Problem[];
}

const templateCache = new Map<string, TemplateSet>();

/** Template sets are compiled once per combination of override folders, then reused across decks. */
function templatesFor(dirs: string[]): TemplateSet {
  const key = dirs.join('\0');
  let set = templateCache.get(key);
  if (!set) templateCache.set(key, (set = loadTemplates(dirs)));
  return set;
}

export function templateDirs(deck: Deck, opts: RenderOptions = {}): string[] {
  return [deck.templates ? resolvePath(dirname(deck.file), deck.templates) : undefined, opts.templatesDir].filter((d): d is string => !!d);
}

let builtinMarp: ReturnType<typeof createMarp> | undefined;

/** Drops compiled templates and themes, for a preview or watch that sees them change on disk. */
export function forgetCompiled(): void {
  templateCache.clear();
  builtinMarp = undefined;
  forgetBuiltinThemes();
}

export async function renderDeck(deck: Deck, opts: RenderOptions = {}): Promise<RenderedDeck> {
  const templates = templatesFor(templateDirs(deck, opts));
  const resolved = await resolveDeck(deck, { positions: opts.positions });
  const theme = resolveTheme(deck.theme, dirname(deck.file));
  const { css: styleCss, warnings: styleWarnings } = themeStyle(deck, opts.positions);
  const { markdown, slides } = renderMarkdown(resolved, templates, { name: theme.name, css: styleCss });
  // The built-in themes are registered once; a deck's own CSS needs an instance of its own.
  const marp = theme.userCss ? createMarp([...builtinThemes().map((t) => t.css), theme.userCss]) : (builtinMarp ??= createMarp(builtinThemes().map((t) => t.css)));
  const out = renderMarp(marp, markdown);
  if (out.count !== slides.length) {
    // Only a template override can get here: values are escaped and cannot add slide breaks.
    throw new WgdeckError(E.TemplateError, { template: 'templates', detail: `the templates made ${out.count} slides where the deck has ${slides.length}; a template must not contain a slide break (---)` });
  }
  const html = htmlPage(out, { title: resolved.meta.title, lang: resolved.meta.lang, notes: slides.map((s) => s.notes), titles: slides.map((s) => s.title), agenda: agendaPlan(deck) });
  return { resolved, markdown, marp: out, html, slides, warnings: [...resolved.warnings, ...styleWarnings] };
}
