// The HTML for the screen: one self-contained file (styles, images, notes, the agenda's plan and
// the viewer's script inline) that works from file:// and from a web page alike. The viewer
// (src/render/viewer) shows one slide at a time, an overview, and a presenter window with the
// agenda's clock. Printing gives one slide a page.
import { createRequire } from 'node:module';
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
  /** the live preview's script, run after the viewer's; it may listen to the server the page came from */
  liveScript?: string;
}

/** JSON inside <script>: "<" escaped so no value can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** A script's base64 SHA-256, as a Content-Security-Policy names it. */
function scriptHash(script: string): string {
  // Loaded here, not with the module: a cold start that makes no page does not pay for node:crypto.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

/** The viewer's script is read once a process (viewer/index.ts), and so is its hash computed. */
let viewerHash: string | undefined;

/**
 * The page needs nothing from outside itself: its images and fonts are data: URIs (src/fs/assets.ts,
 * src/render/theme-urls.ts) and its scripts are inline. So the browser is told to load nothing and to
 * run no script but these, and judges that with its own parsers: a URL that ever got past wgdeck's
 * checks (src/render/theme-urls.ts) would load nothing either.
 */
function contentSecurityPolicy(liveScript?: string): string {
  viewerHash ??= scriptHash(viewerScript());
  const live = liveScript === undefined ? [] : [scriptHash(liveScript)];
  return [
    "default-src 'none'",
    'img-src data:',
    'font-src data:',
    "style-src 'unsafe-inline'",
    `script-src ${[viewerHash, ...live].join(' ')}`,
    ...(live.length ? ["connect-src 'self'"] : []),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function htmlPage(marp: MarpOutput, opts: HtmlPageOptions): string {
  const { liveScript } = opts;
  const csp = contentSecurityPolicy(liveScript);
  return (
    `<!DOCTYPE html>
<html lang="${escapeHtml(opts.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
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
<script type="module">${viewerScript()}</script>${liveScript === undefined ? '' : `\n<script>${liveScript}</script>`}
</body>
</html>
`
  );
}
