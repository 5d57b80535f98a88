// ResolvedDeck -> Marp Markdown: front matter, then each slide's template output, separated by
// slide breaks that only wgdeck writes (templates and values cannot add one; see escape.ts).
import type { ResolvedDeck } from '../plan.js';
import { frontMatterString, plain } from '../text/escape.js';
import type { TemplateSet } from './templates.js';

export interface RenderedMarkdown {
  markdown: string;
  /** per slide, in order: outline title and speaker notes */
  slides: Array<{ title: string; notes?: string }>;
}

export function renderMarkdown(resolved: ResolvedDeck, templates: TemplateSet, theme: { name: string; css?: string }): RenderedMarkdown {
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
  const context = { deck: { meeting: resolved.deck.meeting, group: resolved.deck.group } };
  const bodies = resolved.slides.map((slide) => {
    const directives = [`<!-- _class: ${[slide.kind, ...slide.classes].join(' ')} -->`];
    if (!slide.paginate) directives.push('<!-- _paginate: false -->', '<!-- _footer: "" -->');
    const body = templates.render(slide.kind, { ...context, ...slide.data }).trim();
    return `${directives.join('\n')}\n\n${body}\n`;
  });
  return {
    markdown: `${front}\n\n${bodies.join('\n---\n\n')}`,
    slides: resolved.slides.map((s) => ({ title: s.title, notes: s.notes })),
  };
}
