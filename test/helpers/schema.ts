// The deck schema as a standard validator (ajv, draft 2020-12) reads it, to check the hand-written
// validator against: what the schema rejects, wgdeck must reject too, at the same place.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { schemaPath } from '../../src/paths.js';

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

/** "agenda.items[0].minutes", as wgdeck names a place in a deck, from ajv's "/agenda/items/0/minutes". */
function deckPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, p) => (/^\d+$/.test(p) ? `${path}[${p}]` : path ? `${path}.${p}` : p), '');
}

/**
 * The places ajv finds wrong in a deck's YAML ([] when the schema accepts it), each the deepest of
 * its branch; null when the YAML does not parse. The YAML is read as wgdeck reads it (YAML 1.2 core schema:
 * dates stay strings).
 */
export function schemaErrors(source: string): string[] | null {
  let data: unknown;
  try {
    data = parse(source, { schema: 'core' });
  } catch {
    return null;
  }
  if (validate(data)) return [];
  return [...new Set((validate.errors ?? []).map((e) => deckPath(e.instancePath)))];
}
