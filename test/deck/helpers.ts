// Shared by the deck tests: run the loader on a string and collect what it reports.
import assert from 'node:assert/strict';
import { parseDeck, type LoadOptions } from '../../src/deck/load.js';
import { formatProblem, isWgdeckError, type Problem } from '../../src/errors.js';
import { schemaErrors } from '../helpers/schema.js';

/** Whether one place in a deck lies within the other ("agenda" holds "agenda.items[0]"). */
const related = (a: string, b: string) =>
  a === b ||
  [a, b].some((x, i) => {
    const y = i ? a : b;
    return x === '' || y.startsWith(`${x}.`) || y.startsWith(`${x}[`);
  });

/** Every place the schema (read by ajv) finds wrong, the hand-written validator reports too. */
function assertAgreesWithSchema(source: string, problems: Problem[]): void {
  const fromSchema = schemaErrors(source);
  if (fromSchema === null) return; // not YAML: the schema has nothing to say
  const errors = problems.filter((p) => p.severity === 'error').map((p) => p.path);
  for (const place of fromSchema) {
    assert.ok(
      errors.some((e) => related(e, place)),
      `the schema rejects ${place || 'the deck'}; wgdeck reported only ${JSON.stringify(errors)}`,
    );
  }
}

/** The problems a deck source is rejected with (fails the test if it is accepted). */
export function problemsOf(source: string, file = 'deck.yaml', opts: LoadOptions = {}): Problem[] {
  try {
    parseDeck(source, file, opts);
  } catch (e) {
    assert.ok(isWgdeckError(e), `not a WgdeckError: ${e}`);
    assert.equal(e.code, 'deck-invalid');
    const { problems } = e.args as { problems: Problem[] };
    assertAgreesWithSchema(source, problems);
    return problems;
  }
  assert.fail('the deck was accepted');
}

/** Each error as the CLI prints it. */
export function errorsOf(source: string, file = 'deck.yaml', opts: LoadOptions = {}): string[] {
  return problemsOf(source, file, opts)
    .filter((p) => p.severity === 'error')
    .map(formatProblem);
}

/** A valid deck's head: meeting and group; tests append agenda and whatever they check. */
export const HEAD = `meeting:
  number: 123
  date: 2025-07-22
group:
  acronym: saag
  name: Security Area Advisory Group
`;

export const MINIMAL = `${HEAD}agenda:
  items:
    - topic: Welcome
`;
