// The viewer's styles: the audience's one slide at a time, the overview, the presenter view, and
// the overlays (black screen, go to slide, keys). Printing gives one slide a page at the slide size
// Marp rendered (the theme's: 1280x720 for the built-in ones).
export const VIEWER_CSS =
  `
html, body { margin: 0; height: 100%; background: #111; }
[hidden] { display: none !important; }
body > div.marpit > svg[data-marpit-svg] { display: none; position: fixed; inset: 0; width: 100vw; height: 100vh; }
body > div.marpit > svg[data-marpit-svg].active { display: block; }
#wgdeck-black { position: fixed; inset: 0; z-index: 10; background: #000; }
#wgdeck-goto { position: fixed; right: 16px; bottom: 16px; ` +
  'z-index: 20; padding: 8px 16px; border-radius: 6px; background: ' +
  `rgba(0,0,0,.85); color: #fff; font: 24px system-ui, sans-serif; }
#wgdeck-help { position: fixed; top: 50%; left: 50%; transform: ` +
  'translate(-50%, -50%); z-index: 30; max-height: 90vh; overflow: auto; padding: ' +
  '16px 32px; border-radius: 8px; background: #fff; color: #111; font: ' +
  `18px/1.4 system-ui, sans-serif; box-shadow: 0 8px 32px rgba(0,0,0,.6); }
#wgdeck-help h2 { margin: 0 0 8px; font-size: 22px; }
#wgdeck-help dl { display: grid; grid-template-columns: auto auto; gap: 4px 24px; margin: 0; }
#wgdeck-help dt { font-weight: 600; }
#wgdeck-help dd { margin: 0; }

body.wgdeck-overview > div.marpit { position: fixed; inset: 0; z-index: 5; display: ` +
  'grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); align-content: start; ' +
  `gap: 16px; padding: 16px; overflow: auto; box-sizing: border-box; background: #111; }
body.wgdeck-overview > div.marpit > svg[data-marpit-svg] { display: ` +
  'block; position: static; width: 100%; height: auto; aspect-ratio: 16 / 9; ' +
  `cursor: pointer; outline: 4px solid transparent; outline-offset: 2px; }
body.wgdeck-overview > div.marpit > svg[data-marpit-svg].active { outline-color: #4aa3ff; }

body.wgdeck-presenter > div.marpit { display: none; }
body.wgdeck-presenter.wgdeck-overview > div.marpit { display: grid; }
#wgdeck-presenter { position: fixed; inset: 0; display: grid; grid-template-columns: ` +
  'minmax(0, 3fr) minmax(0, 2fr); grid-template-rows: auto minmax(0, 1fr); gap: 12px 16px; padding: ' +
  `12px 16px; box-sizing: border-box; color: #eee; font: 20px/1.4 system-ui, sans-serif; }
#wgdeck-presenter header { grid-column: 1 / -1; display: flex; gap: 32px; ` +
  `align-items: baseline; font-size: 28px; font-variant-numeric: tabular-nums; }
#wgdeck-presenter .wgdeck-hint { margin-left: auto; font-size: 16px; color: #999; }
.wgdeck-column { display: flex; flex-direction: column; gap: 12px; min-height: 0; }
.wgdeck-pane { aspect-ratio: 16 / 9; max-height: 58vh; background: #000; }
#wgdeck-next .wgdeck-pane { max-height: 30vh; }
.wgdeck-pane > svg { display: block; width: 100%; height: 100%; }
.wgdeck-label { margin-top: 4px; color: #bbb; font-size: 18px; }
#wgdeck-notes { flex: 1; min-height: 0; overflow: auto; white-space: pre-wrap; font-size: 28px; line-height: 1.35; }
#wgdeck-agenda { flex: 1; min-height: 0; display: flex; ` +
  `flex-direction: column; border-top: 1px solid #444; padding-top: 8px; }
#wgdeck-left { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
#wgdeck-left .wgdeck-count { font-size: 30px; font-weight: 600; font-variant-numeric: tabular-nums; }
#wgdeck-items { flex: 1; min-height: 0; overflow: auto; ` +
  `list-style: none; margin: 8px 0 0; padding: 0; font-size: 18px; }
#wgdeck-items li { display: grid; grid-template-columns: 7.5em 1fr; padding: 2px 6px; border-radius: 4px; }
#wgdeck-items .wgdeck-time { color: #aaa; font-variant-numeric: tabular-nums; }
#wgdeck-items .wgdeck-section { display: block; margin-top: 6px; color: #8cc4ff; font-weight: 600; }
#wgdeck-items .wgdeck-done { color: #888; }
#wgdeck-items .wgdeck-now { background: #1d3b5c; color: #fff; font-weight: 600; }
#wgdeck-presenter .wgdeck-over, #wgdeck-items .wgdeck-over .wgdeck-time { color: #ff6b6b; }
#wgdeck-end { color: #bbb; font-size: 18px; font-variant-numeric: tabular-nums; }
#wgdeck-end span { white-space: nowrap; }
#wgdeck-end .wgdeck-over { font-weight: 600; }

`;

export const printCss = ({ width, height }: { width: number; height: number }) =>
  `
@media print {
  @page { size: ${width}px ${height}px; margin: 0; }
  html, body { background: none; }
  #wgdeck-black, #wgdeck-goto, #wgdeck-help, #wgdeck-presenter { display: none !important; }
  body > div.marpit { display: block !important; position: static !important; }
  body > div.marpit > svg[data-marpit-svg] { display: block !important; ` +
  `position: static; width: ${width}px; height: ${height}px; break-after: page; }
}`;
