import { parseDeck } from './dist/deck/load.js';
import { renderDeck } from './dist/render/render.js';
import { writeFileSync, mkdirSync } from 'node:fs';
mkdirSync('/tmp/sec/d', { recursive: true });
const head = `meeting:\n  number: 125\n  date: 2026-03-17\ngroup:\n  acronym: quic\n  name: QUIC\n  chairs: [A B]\n`;
async function r(src) {
  const file = '/tmp/sec/d/deck.yaml'; writeFileSync(file, src);
  try { const d = parseDeck(src, file).deck; const out = await renderDeck(d); return out; } catch (e) { return { err: e.message }; }
}
for (const v of ['"---"', '"a\\n---\\nb"', '"`a|b` c|d"', '"`<b>` x"', '"- ---"', '"***"', '"___"']) {
  const o = await r(head + `agenda:\n  items:\n    - { topic: ${v}, minutes: 5, notes: [${v}] }\n  style: table\nslides: [agenda]\n`);
  console.log(v, o.err ?? o.marp.html.match(/<table[\s\S]*?<\/table>/)?.[0].replace(/\n/g,' ').slice(0, 600));
}
console.log('---- list');
for (const v of ['"---"', '"***"', '"`a|b` c|d"', '"* * *"']) {
  const o = await r(head + `agenda:\n  items:\n    - { topic: x, minutes: 5, notes: [${v}] }\nadministrivia:\n  items: [${v}]\nslides: [agenda, administrivia, {table: {title: T, columns: [a], rows: [[${v}]]}}, {discussion: {title: D, questions: [${v}]}}]\n`);
  console.log(v, o.err ?? o.marp.count);
}
