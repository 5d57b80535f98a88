// Deck -> Marp Markdown -> HTML: the whole in-process part of a build, no browser involved.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve as resolvePath } from 'node:path';
import type { Marp } from '@marp-team/marp-core';
import type { Deck } from '../deck/types.js';
import { E, W, WgdeckError, type Problem, type WarningEntry } from '../errors.js';
import { imageDataUri } from '../fs/assets.js';
import { htmlPage } from './page.js';
import { resolveDeck, type ResolvedDeck } from '../plan.js';
import { agendaPlan } from '../slides/agenda-plan.js';
import { renderMarkdown } from './markdown.js';
import type { MarpOutput } from './marp.js';
import { loadTemplates, type TemplateSet } from './templates.js';
import { builtinThemes, forgetBuiltinThemes, resolveTheme } from './themes.js';
import { themeStyle } from './style.js';
import type { Refusal, RegionLine, UntrustedEnv } from './untrusted.js';

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
  if (!set) {
    set = loadTemplates(dirs);
    templateCache.set(key, set);
  }
  return set;
}

export function templateDirs(deck: Deck, opts: RenderOptions = {}): string[] {
  return [deck.templates ? resolvePath(dirname(deck.file), deck.templates) : undefined, opts.templatesDir].filter(
    (d): d is string => !!d,
  );
}

let builtinMarp: Marp | undefined;

/** Drops compiled templates and themes, for a preview or watch that sees them change on disk. */
export function forgetCompiled(): void {
  templateCache.clear();
  builtinMarp = undefined;
  forgetBuiltinThemes();
}

export async function renderDeck(deck: Deck, opts: RenderOptions = {}): Promise<RenderedDeck> {
  // Marp is most of a cold start's loading: imported here, so `--help`, `new` or a program that
  // only loads decks never load it.
  const { createMarp, renderMarp } = await import('./marp.js');
  const templates = templatesFor(templateDirs(deck, opts));
  const resolved = await resolveDeck(deck, { positions: opts.positions });
  const theme = resolveTheme(deck.theme, dirname(deck.file));
  const { css: styleCss, warnings: styleWarnings } = themeStyle(deck, opts.positions);
  const { markdown, slides, blocks } = renderMarkdown(resolved, templates, { name: theme.name, css: styleCss });
  // The built-in themes are registered once; a deck's own CSS needs an instance of its own.
  let marp: Marp;
  if (theme.userCss) marp = createMarp([...builtinThemes().map((t) => t.css), theme.userCss]);
  else {
    builtinMarp ??= createMarp(builtinThemes().map((t) => t.css));
    marp = builtinMarp;
  }
  const refused: Problem[] = [];
  const byTemplate = (kind: 'link' | 'image', value: string) => {
    const entry = kind === 'link' ? W.LinkRefused : W.ImageRefused;
    const what = kind === 'link' ? W.LinkRefused.message({ href: value }) : W.ImageRefused.message({ src: value });
    const message = `a template wrote ${what}`;
    refused.push({
      file: relative(process.cwd(), deck.file),
      line: 1,
      col: 1,
      path: 'templates',
      message,
      severity: 'warning',
      code: entry.code,
    });
  };
  const out = renderMarp(marp, markdown, chairMarkdown(deck, resolved, blocks, opts.positions, refused), byTemplate);
  // Blocks are parsed before their inline content: in the order of the file for the reader.
  refused.sort((a, b) => a.line - b.line);
  if (out.count !== slides.length) {
    // Only a template override can get here: values are escaped and cannot add slide breaks.
    throw new WgdeckError(E.TemplateError, {
      template: 'templates',
      detail:
        `the templates made ${out.count} slides where the deck ` +
        `has ${slides.length}; a template must not contain a slide break (---)`,
    });
  }
  const html = htmlPage(out, {
    title: resolved.meta.title,
    lang: resolved.meta.lang,
    notes: slides.map((s) => s.notes),
    titles: slides.map((s) => s.title),
    agenda: agendaPlan(deck),
  });
  return {
    resolved,
    markdown,
    marp: out,
    html,
    slides,
    warnings: [...resolved.warnings, ...theme.warnings, ...styleWarnings, ...refused],
  };
}

const REFUSALS: Record<Refusal, WarningEntry<{ text: string }>> = {
  html: W.MarkdownHtml,
  directive: W.MarkdownDirective,
  'slide-break': W.MarkdownSlideBreak,
  image: { ...W.ImageRefused, message: ({ text }) => W.ImageRefused.message({ src: text }) },
  link: { ...W.LinkRefused, message: ({ text }) => W.LinkRefused.message({ href: text }) },
};

/**
 * How a chair's free Markdown is treated: images inside the deck's folder are inlined as data: URIs
 * (the image slide's rule: one outside the folder or missing is an error), others are left out,
 * and each thing refused is a warning at its line in the deck file.
 */
function chairMarkdown(
  deck: Deck,
  resolved: ResolvedDeck,
  blocks: Array<{ start: number; end: number; slide: number }>,
  positions: RenderOptions['positions'],
  out: Problem[],
): UntrustedEnv {
  const baseDir = dirname(deck.file);
  const seen = new Set<string>();
  const refuse = (kind: Refusal, text: string, at: RegionLine) => {
    // One warning a line: a comment is HTML too, and block and inline rules both see a tag.
    const key = `${at.region}:${at.line}`;
    if (seen.has(key)) return;
    seen.add(key);
    const entry = REFUSALS[kind];
    const source = resolved.slides[blocks[at.region].slide].source ?? '';
    const path = [`${source}.markdown.text`, `${source}.markdown`, source].find((p) => positions?.has(p)) ?? source;
    const pos = positions?.get(path) ?? { line: 1, col: 1 };
    const line = pos.line + at.line + (blockScalarAt(deck.file, pos.line, pos.col) ? 1 : 0);
    out.push({
      file: relative(process.cwd(), deck.file),
      line,
      col: 1,
      path,
      message: entry.message({ text }),
      severity: 'warning',
      code: entry.code,
    });
  };
  return {
    regions: blocks,
    image(src, at) {
      if (/^data:image\//i.test(src)) return src;
      // A scheme or a host: something from the network, which a slide never loads.
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return void refuse('image', src, at);
      return imageDataUri(baseDir, decodePath(src));
    },
    refused: refuse,
  };
}

/** markdown-it writes a destination percent-encoded; the file has the name as typed. */
function decodePath(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

/** Whether the value at line:col of the deck file is a block scalar (`|` or `>`), whose text starts a line below. */
function blockScalarAt(file: string, line: number, col: number): boolean {
  try {
    return /^[|>]/.test(
      readFileSync(file, 'utf8')
        .split('\n')
        [line - 1]?.slice(col - 1) ?? '',
    );
  } catch {
    return false;
  }
}
