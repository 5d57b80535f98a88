// Deck -> Marp Markdown -> HTML: the whole in-process part of a build, no browser involved.
import { dirname, resolve as resolvePath } from 'node:path';
import type { Marp } from '@marp-team/marp-core';
import type { Deck } from '../deck/types.js';
import { E, WgdeckError, type Problem } from '../errors.js';
import { htmlPage } from './page.js';
import { resolveDeck, type ResolvedDeck } from '../plan.js';
import { agendaPlan } from '../slides/agenda-plan.js';
import { renderMarkdown, templateContext } from './markdown.js';
import type { MarpOutput } from './marp.js';
import { loadTemplates, type TemplateSet } from './templates.js';
import { builtinThemes, forgetBuiltinThemes, resolveTheme } from './themes.js';
import { themeStyle } from './style.js';

export interface RenderOptions {
  /** a folder of template overrides (beside the deck's own `templates`) */
  templatesDir?: string;
  positions?: Map<string, { line: number; col: number }>;
}

/** A deck up to its Marp Markdown: what `validate` checks, without loading Marp. */
export interface DeckMarkdown {
  resolved: ResolvedDeck;
  markdown: string;
  slides: Array<{ title: string; notes?: string }>;
  warnings: Problem[];
}

export interface RenderedDeck extends DeckMarkdown {
  marp: MarpOutput;
  /** the self-contained HTML page for the screen */
  html: string;
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

let builtinMarp: Marp | undefined;

/** Drops compiled templates and themes, for a preview or watch that sees them change on disk. */
export function forgetCompiled(): void {
  templateCache.clear();
  builtinMarp = undefined;
  forgetBuiltinThemes();
}

/**
 * What `validate` checks without writing anything: the deck resolved (images, agenda times), its
 * theme and style, and the slides that use a template of the user's filled. wgdeck's own templates
 * fill every slide kind (tested), and compiling them would be most of a cold `validate`.
 */
export async function checkDeck(deck: Deck, opts: RenderOptions = {}): Promise<{ slides: number; warnings: Problem[] }> {
  const templates = templatesFor(templateDirs(deck, opts));
  const resolved = await resolveDeck(deck, { positions: opts.positions });
  resolveTheme(deck.theme, dirname(deck.file));
  const style = themeStyle(deck, opts.positions);
  for (const slide of resolved.slides.filter((s) => templates.overridden(s.kind))) templates.render(slide.kind, templateContext(resolved, slide));
  return { slides: resolved.slides.length, warnings: [...resolved.warnings, ...style.warnings] };
}

/** Deck -> Marp Markdown: resolved, templates filled, theme and style checked. */
export async function deckMarkdown(deck: Deck, opts: RenderOptions = {}): Promise<DeckMarkdown> {
  const templates = templatesFor(templateDirs(deck, opts));
  const resolved = await resolveDeck(deck, { positions: opts.positions });
  const theme = resolveTheme(deck.theme, dirname(deck.file));
  const { css: styleCss, warnings: styleWarnings } = themeStyle(deck, opts.positions);
  const { markdown, slides } = renderMarkdown(resolved, templates, { name: theme.name, css: styleCss });
  return { resolved, markdown, slides, warnings: [...resolved.warnings, ...styleWarnings] };
}

export async function renderDeck(deck: Deck, opts: RenderOptions = {}): Promise<RenderedDeck> {
  // Marp is most of a cold start's loading: imported here, so validate and --help never load it.
  const [md, { createMarp, renderMarp }] = await Promise.all([deckMarkdown(deck, opts), import('./marp.js')]);
  const { resolved, markdown, slides } = md;
  const theme = resolveTheme(deck.theme, dirname(deck.file));
  // The built-in themes are registered once; a deck's own CSS needs an instance of its own.
  const marp = theme.userCss ? createMarp([...builtinThemes().map((t) => t.css), theme.userCss]) : (builtinMarp ??= createMarp(builtinThemes().map((t) => t.css)));
  const out = renderMarp(marp, markdown);
  if (out.count !== slides.length) {
    // Only a template override can get here: values are escaped and cannot add slide breaks.
    throw new WgdeckError(E.TemplateError, { template: 'templates', detail: `the templates made ${out.count} slides where the deck has ${slides.length}; a template must not contain a slide break (---)` });
  }
  const html = htmlPage(out, { title: resolved.meta.title, lang: resolved.meta.lang, notes: slides.map((s) => s.notes), titles: slides.map((s) => s.title), agenda: agendaPlan(deck) });
  return { ...md, marp: out, html };
}
