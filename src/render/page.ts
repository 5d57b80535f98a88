// The HTML for the screen: one self-contained file (styles, images, notes, the agenda's plan and
// the viewer's script inline) that works from file:// and from a web page alike. The viewer
// (src/render/viewer) shows one slide at a time, an overview, and a presenter window with the
// agenda's clock. Printing gives one slide a page.
import type { MarpOutput } from './marp.js';
import { printCss, VIEWER_CSS, viewerScript } from './viewer/index.js';
import type { AgendaPlan } from '../slides/agenda-plan.js';
import { escapeHtml } from '../text/escape.js';

export interface HtmlPageOptions {
  title: string;
  lang: string;
  notes: Array<string | undefined>;
  titles: string[];
  agenda: AgendaPlan;
}

/** JSON inside <script>: "<" escaped so no value can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function htmlPage(marp: MarpOutput, opts: HtmlPageOptions): string {
  return (
    `<!DOCTYPE html>
<html lang="${escapeHtml(opts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="wgdeck">
<title>${escapeHtml(opts.title)}</title>
<style>${marp.css}</style>
<style>${VIEWER_CSS}${printCss(marp)}</style>
</head>
<body>
${marp.html}
<script type="application/json" ` +
    `id="wgdeck-data">${scriptJson({ notes: opts.notes, titles: opts.titles, agenda: opts.agenda })}</script>
<script type="module">${viewerScript()}</script>
</body>
</html>
`
  );
}
