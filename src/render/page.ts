// The HTML for the screen: one self-contained file (styles, images and notes inline) that shows
// one slide at a time, scaled to the window. Keys: arrows, space, PageUp/PageDown, Home/End; f for
// full screen; p opens a presenter window with the speaker notes. Printing gives one slide a page.
import type { MarpOutput } from './marp.js';

export interface HtmlPageOptions {
  title: string;
  lang: string;
  notes: Array<string | undefined>;
  titles: string[];
}

/** JSON inside <script>: "<" escaped so no value can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const VIEWER_CSS = `
html, body { margin: 0; height: 100%; background: #111; }
div.marpit > svg[data-marpit-svg] { display: none; position: fixed; inset: 0; width: 100vw; height: 100vh; }
div.marpit > svg[data-marpit-svg].active { display: block; }
@media print {
  @page { size: 1280px 720px; margin: 0; }
  html, body { background: none; }
  div.marpit > svg[data-marpit-svg] { display: block !important; position: static; width: 1280px; height: 720px; break-after: page; }
}`;

const VIEWER_JS = `
(() => {
  const slides = [...document.querySelectorAll('div.marpit > svg[data-marpit-svg]')];
  const notes = JSON.parse(document.getElementById('wgdeck-notes').textContent);
  let current = 0, presenter = null;
  const fromHash = () => Math.min(slides.length, Math.max(1, parseInt(location.hash.slice(1), 10) || 1)) - 1;
  function show(i) {
    current = Math.min(slides.length - 1, Math.max(0, i));
    slides.forEach((s, j) => s.classList.toggle('active', j === current));
    history.replaceState(null, '', '#' + (current + 1));
    if (presenter && !presenter.closed) renderPresenter();
  }
  function renderPresenter() {
    const d = presenter.document;
    d.title = 'Notes: ' + (current + 1) + ' / ' + slides.length;
    d.getElementById('now').textContent = (current + 1) + ' / ' + slides.length + ': ' + notes.titles[current];
    d.getElementById('notes').textContent = notes.notes[current] || '(no notes)';
    d.getElementById('next').textContent = current + 1 < slides.length ? 'Next: ' + notes.titles[current + 1] : 'Last slide';
  }
  function openPresenter() {
    presenter = window.open('', 'wgdeck-presenter', 'width=800,height=500');
    if (!presenter) return;
    presenter.document.body.innerHTML = '<h2 id="now"></h2><pre id="notes" style="white-space:pre-wrap;font:24px sans-serif"></pre><p id="next" style="color:#555"></p>';
    presenter.document.body.style.font = '20px sans-serif';
    presenter.addEventListener('keydown', onKey);
    renderPresenter();
  }
  function onKey(e) {
    if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].includes(e.key)) show(current + 1);
    else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(e.key)) show(current - 1);
    else if (e.key === 'Home') show(0);
    else if (e.key === 'End') show(slides.length - 1);
    else if (e.key === 'f') document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    else if (e.key === 'p') openPresenter();
    else return;
    e.preventDefault();
  }
  document.addEventListener('keydown', onKey);
  document.addEventListener('click', (e) => { if (!e.target.closest('a')) show(current + (e.clientX < innerWidth / 3 ? -1 : 1)); });
  addEventListener('hashchange', () => show(fromHash()));
  show(fromHash());
})();`;

export function htmlPage(marp: MarpOutput, opts: HtmlPageOptions): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(opts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="wgdeck">
<title>${escapeHtml(opts.title)}</title>
<style>${marp.css}</style>
<style>${VIEWER_CSS}</style>
</head>
<body>
${marp.html}
<script type="application/json" id="wgdeck-notes">${scriptJson({ notes: opts.notes, titles: opts.titles })}</script>
<script>${VIEWER_JS}</script>
</body>
</html>
`;
}
