import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTemplates } from '../../src/render/templates.js';
import { WgdeckError } from '../../src/errors.js';
import { trusted } from '../../src/text/trusted.js';

function overrideDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'wgdeck-tpl-'));
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  return dir;
}

test('every built-in template compiles under the escaping rule', async () => {
  const set = await loadTemplates();
  for (const kind of [
    'title',
    'note-well',
    'agenda',
    'milestones',
    'documents',
    'discussion',
    'markdown',
    'table',
    'image',
    'columns',
    'section',
  ]) {
    assert.ok(set.has(kind), kind);
  }
});

for (const unsafe of ['{{title}}', '{{{title}}}', '{{this}}', '{{@index}}', '{{lookup this "x"}}']) {
  test(`a template printing ${unsafe} without an escaping helper is refused`, async () => {
    const dir = overrideDir({ 'bad.hbs': `# x\n\n${unsafe}\n` });
    await assert.rejects(
      loadTemplates([dir]),
      (e: unknown) => e instanceof WgdeckError && e.code === 'template-unsafe' && /bad\.hbs:3/.test(e.message),
    );
  });
}

test('an override replaces a built-in kind and a new kind is added', async () => {
  const dir = overrideDir({ 'section.hbs': '# {{text heading}} (custom)\n', 'hackathon.hbs': '# {{text title}}\n' });
  const set = await loadTemplates([dir]);
  assert.equal(set.render('section', { heading: 'Open Mic' }).trim(), '# Open Mic (custom)');
  assert.equal(set.render('hackathon', { title: 'Results' }).trim(), '# Results');
});

test('strict mode: a missing field is an error naming the template, not an empty string', async () => {
  const dir = overrideDir({ 'strict.hbs': '# {{text missing}}\n' });
  const set = await loadTemplates([dir]);
  assert.throws(
    () => set.render('strict', {}),
    (e: unknown) => e instanceof WgdeckError && e.code === 'template-error' && /strict\.hbs/.test(e.message),
  );
});

test("trusted only accepts wgdeck's own Markdown", async () => {
  const dir = overrideDir({ 't.hbs': '{{trusted body}}\n' });
  const set = await loadTemplates([dir]);
  assert.equal(set.render('t', { body: trusted('**ok**') }).trim(), '**ok**');
  assert.throws(() => set.render('t', { body: '<script>' }), /not trusted/);
});

test('prototype properties are not reachable from a template', async () => {
  const dir = overrideDir({ 'proto.hbs': '{{text constructor.name}}\n' });
  const set = await loadTemplates([dir]);
  assert.throws(() => set.render('proto', {}));
});

for (const block of [
  '{{#log "x"}}{{/log}}',
  '{{#log title}}x{{/log}}',
  '{{#lookup this "title"}}{{/lookup}}',
  '{{#each (log title)}}x{{/each}}',
  '{{text (lookup this "title")}}',
  '{{#helperMissing}}x{{/helperMissing}}',
]) {
  test(`a template using ${block} is refused before it runs`, async () => {
    const dir = overrideDir({ 'logs.hbs': `# x\n\n${block}\n` });
    await assert.rejects(
      loadTemplates([dir]),
      (e: unknown) =>
        e instanceof WgdeckError && e.code === 'template-helper-refused' && /logs\.hbs:3: the helper/.test(e.message),
    );
  });
}

test('custom kinds named like Object.prototype members are ordinary kinds', async () => {
  const dir = overrideDir({
    'constructor.hbs': '# A\n',
    'toString.hbs': '# B\n',
    '__proto__.hbs': '# C\n',
    'hasOwnProperty.hbs': '# D\n',
  });
  const set = await loadTemplates([dir]);
  assert.deepEqual(
    ['constructor', 'toString', '__proto__', 'hasOwnProperty'].map((k) => set.render(k, {}).trim()),
    ['# A', '# B', '# C', '# D'],
  );
  assert.equal(set.has('valueOf'), false);
});
