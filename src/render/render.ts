// Deck -> Marp Markdown -> HTML: the whole in-process part of a build, no browser involved.
import { dirname, resolve as resolvePath } from 'node:path';
import type { Marp } from '@marp-team/marp-core';
import type { Deck } from '../deck/types.js';
import type { Position } from '../deck/validate.js';
import { E, W, WgdeckError, warningAt, type Problem, type WarningEntry } from '../errors.js';
import { imageDataUri } from '../fs/assets.js';
import { htmlPage } from './page.js';
import { resolveDeck, type ResolvedDeck } from '../plan.js';
import { agendaPlan } from '../slides/agenda-plan.js';
import { renderMarkdown, type RenderedMarkdown } from './markdown.js';
import type { MarpOutput } from './marp.js';
import { loadTemplates, type TemplateSet } from './templates.js';
import { builtinThemes, forgetBuiltinThemes, resolveTheme, type ResolvedTheme } from './themes.js';
import { themeStyle } from './style.js';
import type { Refusal, RegionLine, TemplateRefusal, UntrustedEnv } from './untrusted.js';

export interface RenderOptions {
  /** a folder of template overrides (beside the deck's own `templates`) */
  templatesDir?: string;
  /** the live preview's script, for the HTML page (src/render/page.ts) */
  liveScript?: string;
  /** where each path of the deck file is (load.ts's LoadedDeck.positions), for warnings */
  positions?: Map<string, Position>;
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

const templateCache = new Map<string, Promise<TemplateSet>>();

/** Template sets are compiled once per combination of override folders, then reused across decks. */
function templatesFor(dirs: string[]): Promise<TemplateSet> {
  const key = dirs.join('\0');
  let set = templateCache.get(key);
  if (!set) {
    set = loadTemplates(dirs);
    templateCache.set(key, set);
    // A folder that failed to load is read again next time (it may have been fixed meanwhile).
    set.catch(() => templateCache.get(key) === set && templateCache.delete(key));
  }
  return set;
}

export function templateDirs(deck: Deck, opts: RenderOptions = {}): string[] {
  return [deck.templates ? resolvePath(dirname(deck.file), deck.templates) : undefined, opts.templatesDir].filter(
    (d): d is string => !!d,
  );
}

/** Marp with the built-in themes, for decks with wgdeck's templates (false) and with overrides (true). */
const builtinMarps = new Map<boolean, Marp>();

/** Drops compiled templates and themes, for a preview or watch that sees them change on disk. */
export function forgetCompiled(): void {
  templateCache.clear();
  builtinMarps.clear();
  forgetBuiltinThemes();
}

/** A deck up to its Marp Markdown: what a render and a check both need. */
interface Composed extends RenderedMarkdown {
  resolved: ResolvedDeck;
  theme: ResolvedTheme;
  /** the warnings so far: the slides', the theme's and the style's */
  warnings: Problem[];
}

async function compose(deck: Deck, opts: RenderOptions): Promise<Composed> {
  const templates = await templatesFor(templateDirs(deck, opts));
  const resolved = await resolveDeck(deck, { positions: opts.positions });
  const theme = await resolveTheme(deck.theme, dirname(deck.file));
  const { css: styleCss, warnings: styleWarnings } = themeStyle(deck, theme, opts.positions);
  const markdown = renderMarkdown(resolved, templates, { name: theme.name, css: styleCss });
  return { ...markdown, resolved, theme, warnings: [...resolved.warnings, ...theme.warnings, ...styleWarnings] };
}

export async function renderDeck(deck: Deck, opts: RenderOptions = {}): Promise<RenderedDeck> {
  // Marp is most of a cold start's loading: imported here, so `--help`, `new`, `validate` or a
  // program that only loads decks never load it.
  const [marp, composed] = await Promise.all([import('./marp.js'), compose(deck, opts)]);
  return withMarp(marp, deck, opts, composed);
}

function withMarp(
  { createMarp, renderMarp }: typeof import('./marp.js'),
  deck: Deck,
  opts: RenderOptions,
  composed: Composed,
): RenderedDeck {
  const { resolved, theme, markdown, slides, blocks } = composed;
  // The built-in themes are registered once; a deck's own CSS needs an instance of its own.
  // A template override may write directives as Marp users do; wgdeck's own are strict YAML.
  const looseDirectives = templateDirs(deck, opts).length > 0;
  const builtin = builtinThemes().map((t) => t.css);
  let marp: Marp;
  if (theme.userCss) marp = createMarp([...builtin, theme.userCss], { looseDirectives, cssNesting: true });
  else {
    marp = builtinMarps.get(looseDirectives) ?? createMarp(builtin, { looseDirectives });
    builtinMarps.set(looseDirectives, marp);
  }
  const refused: Problem[] = [];
  const untrusted = chairMarkdown(deck, resolved, blocks, opts.positions, refused);
  const out = renderMarp(marp, markdown, untrusted, templateRefusal(deck, refused));
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
    liveScript: opts.liveScript,
  });
  return { resolved, markdown, marp: out, html, slides, warnings: [...composed.warnings, ...refused] };
}

/** What a render finds in a deck (its warnings, or an error thrown), without making its HTML. */
export interface DeckCheck {
  slides: number;
  warnings: Problem[];
}

/**
 * Everything a render of the deck would report, for `validate`. With wgdeck's own templates and
 * themes the Markdown is checked without Marp (markdown-check.ts: the same rules on the same
 * tokens), as those cannot make a slide break or HTML of their own; a template override or a theme
 * of the deck's own is rendered with Marp, which has the last word on what they make.
 */
export async function checkDeck(deck: Deck, opts: RenderOptions = {}): Promise<DeckCheck> {
  const composed = await compose(deck, opts);
  if (templateDirs(deck, opts).length > 0 || composed.theme.userCss) {
    const { slides, warnings } = withMarp(await import('./marp.js'), deck, opts, composed);
    return { slides: slides.length, warnings };
  }
  const { checkMarkdown } = await import('./markdown-check.js');
  const { resolved, markdown, slides, blocks, frontMatterEnd } = composed;
  const refused: Problem[] = [];
  const body = '\n'.repeat(frontMatterEnd) + markdown.split('\n').slice(frontMatterEnd).join('\n');
  checkMarkdown(body, chairMarkdown(deck, resolved, blocks, opts.positions, refused), templateRefusal(deck, refused));
  refused.sort((a, b) => a.line - b.line);
  return { slides: slides.length, warnings: [...composed.warnings, ...refused] };
}

/** Each link or image a template wrote and wgdeck did not keep, as a warning. */
function templateRefusal(deck: Deck, out: Problem[]): TemplateRefusal {
  return (kind, value) => {
    const entry = kind === 'link' ? W.LinkRefused : W.ImageRefused;
    const what = kind === 'link' ? W.LinkRefused.message({ href: value }) : W.ImageRefused.message({ src: value });
    const message = `a template wrote ${what}`;
    out.push(warningAt(deck.file, { line: 1, col: 1 }, 'templates', message, entry.code));
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
    const line = (pos.textLine ?? pos.line) + at.line;
    out.push(warningAt(deck.file, { line, col: 1 }, path, entry.message({ text }), entry.code));
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
