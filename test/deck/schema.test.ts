import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { schemaPath } from '../../src/paths.js';
import { STANDARD_SLIDES } from '../../src/deck/types.js';

// biome-ignore lint/suspicious/noExplicitAny: a JSON Schema document, read by whatever keys it has.
type Node = Record<string, any>;
const schema: Node = JSON.parse(readFileSync(schemaPath, 'utf8'));

/** Every subschema with its JSON pointer, and whether it is the schema of a property. */
function* walk(node: Node, pointer = '#', isProperty = false): Generator<[string, Node, boolean]> {
  yield [pointer, node, isProperty];
  for (const key of ['items', 'not', 'propertyNames', 'additionalProperties']) {
    if (typeof node[key] === 'object') yield* walk(node[key], `${pointer}/${key}`);
  }
  for (const key of ['oneOf', 'anyOf']) {
    for (const [i, n] of (node[key] ?? []).entries()) yield* walk(n, `${pointer}/${key}/${i}`);
  }
  for (const [name, n] of Object.entries<Node>(node.properties ?? {}))
    yield* walk(n, `${pointer}/properties/${name}`, true);
  for (const [name, n] of Object.entries<Node>(node.$defs ?? {})) yield* walk(n, `${pointer}/$defs/${name}`);
}

function target(ref: string): Node | undefined {
  return schema.$defs[ref.replace('#/$defs/', '')];
}

test('the schema is draft 2020-12 JSON with every $ref resolvable', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  for (const [pointer, node] of walk(schema)) {
    if (node.$ref) assert.ok(target(node.$ref), `${pointer}: unresolvable ${node.$ref}`);
  }
});

test("every property has a description (its own or its definition's)", () => {
  for (const [pointer, node, isProperty] of walk(schema)) {
    if (!isProperty) continue;
    const described = node.description ?? (node.$ref && target(node.$ref)?.description);
    assert.ok(typeof described === 'string' && described.length > 0, `${pointer} has no description`);
  }
});

test('every mapping with properties rejects unknown keys', () => {
  for (const [pointer, node] of walk(schema)) {
    if (node.properties) assert.equal(node.additionalProperties, false, `${pointer} allows unknown keys`);
  }
});

test('the schema uses only keywords the validator implements', () => {
  const known = new Set([
    '$schema',
    '$id',
    '$comment',
    '$defs',
    '$ref',
    'title',
    'description',
    'default',
    'type',
    'enum',
    'required',
    'properties',
    'additionalProperties',
    'propertyNames',
    'minProperties',
    'maxProperties',
    'items',
    'minItems',
    'oneOf',
    'anyOf',
    'not',
    'pattern',
    'format',
    'minLength',
    'minimum',
    'x-expected',
    'x-line',
    'x-custom-kind',
  ]);
  for (const [pointer, node] of walk(schema)) {
    for (const key of Object.keys(node)) {
      assert.ok(known.has(key), `${pointer}: keyword ${key} is not implemented by src/deck/validate.ts`);
    }
    if (node.pattern) assert.doesNotThrow(() => new RegExp(node.pattern, 'u'), `${pointer}: bad pattern`);
    if (node.format)
      assert.ok(
        ['date', 'wgdeck-month-or-date', 'wgdeck-timezone'].includes(node.format),
        `${pointer}: unknown format ${node.format}`,
      );
  }
});

test('slide kinds in the schema match the standard slides of types.ts', () => {
  assert.deepEqual(schema.$defs.standardSlideName.enum, [...STANDARD_SLIDES]);
  assert.deepEqual(schema.$defs.builtinKindName.enum, Object.keys(schema.$defs.builtinSlide.properties));
  for (const kind of STANDARD_SLIDES) assert.ok(kind in schema.$defs.builtinSlide.properties, kind);
});

test('top-level keys are the version-1 contract plus templates and extra_slides', () => {
  assert.deepEqual(Object.keys(schema.properties).sort(), [
    'administrivia',
    'agenda',
    'boilerplate',
    'documents',
    'extra_slides',
    'group',
    'links',
    'meeting',
    'milestones',
    'slides',
    'style',
    'templates',
    'theme',
    'title',
  ]);
  assert.deepEqual(schema.required, ['meeting', 'group', 'agenda']);
});
