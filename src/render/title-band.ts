// The title band under a background picture. A slide with Marp's advanced backgrounds (`![bg right]`,
// several `![bg]`, filters) is drawn in layers: the pictures in a section of their own, the content
// above it in a section Marp makes transparent. The theme draws the band as the background of a
// section whose first child is a heading, which the content layer is and cannot show, and the
// picture layer shows but is not: its title would be white on white. So the picture layer of a slide
// whose content begins with a heading is marked, on markdown-it's tokens, and the theme draws the band there.
import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

/** The attribute the theme draws the band under (themes/ietf.css). */
export const BAND_ATTR = 'data-wgdeck-band';

/** Whether a token renders nothing: a paragraph Marp emptied of its background images, or a directive comment. */
function rendersNothing(t: Token): boolean {
  if (t.hidden || t.type === 'marpit_comment') return true;
  return t.type === 'inline' && (t.children ?? []).every((c) => c.hidden || (c.type === 'text' && !c.content.trim()));
}

export function titleBand(md: MarkdownIt): void {
  // After Marp has emptied and hidden the paragraphs of background images, and added header and footer.
  md.core.ruler.after('marpit_sweep_paragraph', 'wgdeck_title_band', (state) => {
    const { tokens } = state;
    let pictures: Token | undefined;
    for (const [i, t] of tokens.entries()) {
      if (t.type === 'marpit_advanced_background_section_open') pictures = t;
      else if (pictures && t.attrGet('data-marpit-advanced-background') === 'content') {
        let j = i + 1;
        while (j < tokens.length && rendersNothing(tokens[j])) j++;
        const first = tokens[j];
        if (first?.type === 'heading_open' && (first.tag === 'h1' || first.tag === 'h2'))
          pictures.attrSet(BAND_ATTR, '');
        pictures = undefined;
      }
    }
  });
}
