// The viewer's browser script, compiled by tsc beside this module and read once, to be inlined.
import { readFileSync } from 'node:fs';

let script: string | undefined;

export function viewerScript(): string {
  // Inlined into a <script> element: the text must not end it early.
  script ??= readFileSync(new URL('./client.js', import.meta.url), 'utf8').replace(/<\/script/gi, '<\\/script');
  return script;
}

export { VIEWER_CSS } from './style.js';
