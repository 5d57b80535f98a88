// ResolvedDeck -> Marp Markdown: front matter, then each slide's template output, separated by
// slide breaks that only wgdeck writes (templates and values cannot add one; see escape.ts).
import type { ResolvedDeck } from '../plan.js';
import { E, WgdeckError } from '../errors.js';
import { expandMarkdownBlocks, frontMatterString, plain } from '../text/escape.js';
import type { TemplateSet } from './templates.js';

export interface RenderedMarkdown {
  markdown: string;
  /** per slide, in order: outline title and speaker notes */
  slides: Array<{ title: string; notes?: string }>;
  /** the lines [start, end) of `markdown` that hold a chair's free Markdown, and the slide of each */
  blocks: Array<{ start: number; end: number; slide: number }>;
}

/** What a slide's template sees: the meeting and group, and the data its builder made. */
function templateContext(resolved: ResolvedDeck, slide: ResolvedDeck['slides'][number]): object {
  return { deck: { meeting: resolved.deck.meeting, group: resolved.deck.group }, ...slide.data };
}

export function renderMarkdown(
  resolved: ResolvedDeck,
  templates: TemplateSet,
  theme: { name: string; css?: string },
): RenderedMarkdown {
  const front = [
    '---',
    'marp: true',
    `theme: ${frontMatterString(theme.name)}`,
    'size: 16:9',
    'paginate: true',
    `lang: ${frontMatterString(resolved.meta.lang)}`,
    `footer: ${frontMatterString(plain(resolved.footer))}`,
    ...(theme.css ? ['style: |', ...theme.css.split('\n').map((l) => `  ${l}`)] : []),
    '---',
  ].join('\n');
  let text = `${front}\n\n`;
  const blocks: RenderedMarkdown['blocks'] = [];
  resolved.slides.forEach((slide, i) => {
    const directives = [`<!-- _class: ${[slide.kind, ...slide.classes].join(' ')} -->`];
    if (!slide.paginate) directives.push('<!-- _paginate: false -->', '<!-- _footer: "" -->');
    const head = `${i > 0 ? '\n---\n\n' : ''}${directives.join('\n')}\n\n`;
    let body: ReturnType<typeof expandMarkdownBlocks>;
    try {
      body = expandMarkdownBlocks(templates.render(slide.kind, templateContext(resolved, slide)).trim());
    } catch (e) {
      if (e instanceof WgdeckError) throw e;
      throw new WgdeckError(E.TemplateError, { template: `${slide.kind}.hbs`, detail: (e as Error).message });
    }
    const offset = lineCount(text + head) - 1;
    for (const b of body.blocks) blocks.push({ start: b.start + offset, end: b.end + offset, slide: i });
    text += `${head}${body.text}\n`;
  });
  return { markdown: text, slides: resolved.slides.map((s) => ({ title: s.title, notes: s.notes })), blocks };
}

function lineCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
