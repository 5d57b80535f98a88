// src/deck/types.ts (what the code reads) and schema/deck.schema.json (what editors and the validator
// read) describe the same deck: the same keys per object, optional in TypeScript exactly where the
// schema neither requires a key nor gives it a default, and the same words for each closed choice.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { packageRoot, schemaPath } from '../../src/paths.js';

// biome-ignore lint/suspicious/noExplicitAny: a JSON Schema document, read by whatever keys it has.
type Node = Record<string, any>;
const schema: Node = JSON.parse(readFileSync(schemaPath, 'utf8'));
const deref = (s: Node): Node =>
  s.$ref ? { ...deref(schema.$defs[s.$ref.replace('#/$defs/', '')]), ...s, $ref: undefined } : s;

/** Each interface of src/deck/types.ts and the schema object it types. */
const PAIRS: Record<string, Node> = {
  Deck: schema,
  Meeting: schema.$defs.meeting,
  Group: schema.$defs.group,
  TitleOptions: schema.$defs.title,
  StyleOptions: schema.$defs.style,
  Boilerplate: schema.$defs.boilerplate,
  SessionLinks: schema.$defs.sessionLinks,
  Administrivia: schema.$defs.administrivia,
  Agenda: schema.$defs.agenda,
  AgendaTopic: schema.$defs.agendaTopic,
  Milestones: schema.$defs.milestones,
  DocumentEntry: schema.$defs.document,
};
/** Keys the code adds to what the deck file holds. */
const CODE_ONLY: Record<string, string[]> = { Deck: ['file'] };
/** Keys the validator always fills with a value it derives (a document's stage from its name). */
const DERIVED: Record<string, string[]> = { DocumentEntry: ['stage'] };

const file = join(packageRoot, 'src', 'deck', 'types.ts');
const program = ts.createProgram([file], { strict: true });
const checker = program.getTypeChecker();
const interfaces = new Map<string, ts.InterfaceDeclaration>();
ts.forEachChild(
  program.getSourceFile(file)!,
  (n) => void (ts.isInterfaceDeclaration(n) && interfaces.set(n.name.text, n)),
);

/** The string literals a property's type allows (false aside), or undefined if it is open. */
function literals(type: ts.Type): string[] | undefined {
  const parts = type.isUnion() ? type.types : [type];
  const strings = parts.filter((t) => t.isStringLiteral()).map((t) => (t as ts.StringLiteralType).value);
  const open = parts.some((t) => t.flags & (ts.TypeFlags.String | ts.TypeFlags.Object | ts.TypeFlags.Number));
  return strings.length && !open ? strings.sort() : undefined;
}

/** The schema's closed choice of words for a property, from enum or from a oneOf/anyOf of enums. */
function enumOf(s: Node): string[] | undefined {
  const d = deref(s);
  const values = [
    ...(d.enum ?? []),
    ...[...(d.oneOf ?? []), ...(d.anyOf ?? [])].flatMap(
      (x: Node) => deref(x).enum ?? (deref(x).const !== undefined ? [deref(x).const] : []),
    ),
  ];
  const strings = values.filter((v): v is string => typeof v === 'string');
  return strings.length ? strings.sort() : undefined;
}

for (const [name, object] of Object.entries(PAIRS)) {
  test(`${name} has the keys of the schema's object, optional where the schema lets them be absent`, () => {
    const declaration = interfaces.get(name);
    assert.ok(declaration, `types.ts declares ${name}`);
    const type = checker.getTypeAtLocation(declaration);
    const props = checker.getPropertiesOfType(type).filter((p) => !CODE_ONLY[name]?.includes(p.name));
    const schemaKeys = Object.keys(object.properties).sort();
    const hasIndex = checker.getIndexInfosOfType(type).length > 0;
    const typeKeys = props.map((p) => p.name).sort();
    // An index signature (SessionLinks) stands for keys the code does not name one by one.
    if (hasIndex)
      assert.deepEqual(
        typeKeys.filter((k) => !schemaKeys.includes(k)),
        [],
        `${name}: keys the schema lacks`,
      );
    else assert.deepEqual(typeKeys, schemaKeys, `${name}: keys`);
    for (const p of props) {
      const s: Node = object.properties[p.name];
      const present =
        (object.required ?? []).includes(p.name) || deref(s).default !== undefined || !!DERIVED[name]?.includes(p.name);
      const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
      assert.equal(
        optional,
        !present,
        `${name}.${p.name}: ${optional ? 'optional' : 'always there'} in ` +
          `types.ts, ${present ? 'required or defaulted' : 'may be absent'} in the schema`,
      );
      const words = literals(checker.getTypeOfSymbolAtLocation(p, declaration));
      if (words) assert.deepEqual(words, enumOf(s), `${name}.${p.name}: the words allowed`);
    }
  });
}

test('the check reads types.ts for real: a key the schema lacks would be found', () => {
  assert.ok(interfaces.size >= Object.keys(PAIRS).length);
  assert.ok(!Object.keys(schema.$defs.meeting.properties).includes('file'));
});
