import { test } from 'node:test';
import assert from 'node:assert/strict';
import { head, rendered, slidesOf } from '../helpers/deck.js';

const AGENDA = 'agenda:\n  items: [{ topic: Welcome }]\nslides: [documents]\n';

const TABLE = 'agenda:\n  items: [{ topic: Welcome }]\nslides:\n  - documents: { style: table }\n';

test('by default a compact list: name, state (or the stage), in the order documents move', async () => {
  const r = await rendered(
    `${head()}documents:\n  - { name: draft-ietf-teep-architecture, status: WG Document ` +
      '}\n  - { name: draft-ietf-teep-protocol, stage: iesg, status: IESG ' +
      `Evaluation, shepherd: Dave Thaler }\n  - { name: draft-pei-opentrustprotocol }\n${AGENDA}`,
  );
  const md = r.markdowns[0].replace(/\\(.)/g, '$1');
  const items = md.split('\n').filter((l) => l.startsWith('- '));
  assert.deepEqual(
    items.map((l) => l.replace(/\]\([^)]*\)/, ']')),
    [
      '- [draft-ietf-teep-protocol] — <span class="state">IESG Evaluation</span>',
      '- [draft-ietf-teep-architecture] — <span class="state">WG Document</span>',
      '- [draft-pei-opentrustprotocol] — <span class="state">Individual drafts</span>',
    ],
  );
  assert.doesNotMatch(md, /Shepherd|\|/);
});

test("eight documents, most on today's agenda, are one slide", async () => {
  const docs = Array.from(
    { length: 8 },
    (_, i) =>
      `  - { name: draft-ietf-quic-some-longer-document-name-${i + 1}, ` +
      `status: Waiting for Shepherd Write-up, on_agenda: ${i % 3 !== 0} }`,
  ).join('\n');
  const slides = await slidesOf(`${head()}documents:\n${docs}\n${AGENDA}`);
  assert.deepEqual(
    slides.map((s) => s.title),
    ['Document Status'],
  );
  assert.equal((slides[0].data.docs as unknown[]).length, 8);
});

test('the table style: grouped by stage, without the Shepherd and AD columns when no document has one', async () => {
  const bare = await rendered(
    `${head()}documents:\n  - { name: draft-ietf-teep-architecture, status: WG Document }\n${TABLE}`,
  );
  assert.match(bare.markdowns[0], /^\| Document \| State \|$/m);
  const r = await rendered(
    `${head()}documents:\n  - { name: draft-ietf-teep-architecture, status: WG Document }\n  ` +
      '- { name: draft-ietf-teep-protocol, stage: iesg, status: IESG Evaluation, shepherd: ' +
      `Dave Thaler, ad: Roman Danyliw }\n  - { name: draft-pei-opentrustprotocol }\n${TABLE}`,
  );
  const md = r.markdowns[0];
  const order = [
    '### In IESG processing',
    'draft\\-ietf\\-teep\\-protocol',
    '### WG documents',
    'draft\\-ietf\\-teep\\-architecture',
    '### Individual drafts',
    'draft\\-pei\\-opentrustprotocol',
  ].map((s) => md.indexOf(s));
  assert.ok(
    order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1])),
    md,
  );
  assert.match(md, /IESG Evaluation \| Dave Thaler \| Roman Danyliw \|/);
  assert.doesNotMatch(md, /on today's agenda/);
});

test("documents on today's agenda are starred, with a legend", async () => {
  const r = await rendered(
    `${head()}documents:\n  - { name: draft-ietf-quic-multipath, stage: iesg, on_agenda: true }\n${AGENDA}`,
  );
  assert.match(
    r.markdowns[0],
    /draft\\-ietf\\-quic\\-multipath\]\([^)]+\) — <span class="state">In IESG processing<\/span> ★/,
  );
  assert.match(r.sections[0], /★ on today's agenda/);
});

test('many documents continue on "Document Status (2/2)"; none means no slide', async () => {
  const docs = Array.from(
    { length: 16 },
    (_, i) => `  - { name: draft-ietf-quic-doc${i + 1}, status: WG Document }`,
  ).join('\n');
  const slides = await slidesOf(`${head()}documents:\n${docs}\n${AGENDA}`);
  assert.deepEqual(
    slides.map((s) => s.title),
    ['Document Status (1/2)', 'Document Status (2/2)'],
  );
  assert.deepEqual(await slidesOf(`${head()}${AGENDA}`), []);
});
