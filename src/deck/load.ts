// Reads a deck file: YAML (the `yaml` package's core schema, so dates and times stay strings) with
// the line:col of every node recorded by path, size and alias expansion bounded; the custom slide
// kinds its templates folder adds; then validation.
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import { E, WgdeckError, isWgdeckError, type Problem } from '../errors.js';
import { codeFrame } from '../errors-text.js';
import { isFolder, MAX_TEXT_BYTES, readRegularFile } from '../fs/read.js';
import { referenceProblems } from './references.js';
import type { Deck } from './types.js';
import { childPath, itemPath, validateDeck, type Locator, type Position } from './validate.js';

export interface LoadOptions {
  /** a further folder of template overrides (e.g. from the command line); its .hbs names are kinds too */
  templatesDir?: string;
}

export interface LoadedDeck {
  deck: Deck;
  warnings: Problem[];
  /** the value position of every path in the file ("agenda.items[2].minutes"), for later warnings */
  positions: Map<string, Position>;
}

/** The most a deck file may be: a real deck is a few kilobytes; 25,000 agenda notes fit easily. */
export const MAX_DECK_BYTES = MAX_TEXT_BYTES;
/** YAML aliases (*name) a deck may expand: enough for shared lists, not for an alias bomb. */
export const MAX_ALIASES = 100;
/** Nesting a deck may have: the schema needs about 6 levels, nested notes a few more. */
export const MAX_DEPTH = 32;

interface NodePositions {
  key?: Position;
  value: Position;
}

type Located = { line: number; col: number };

function at(
  lines: LineCounter,
  node: { range?: [number, number, number] | null } | null | undefined,
  fallback: Located,
): Located {
  return node?.range ? lines.linePos(node.range[0]) : fallback;
}

/**
 * The position of every node by path. Aliases are not followed (an alias is located where it is
 * written), so this walk is as long as the file, however much its aliases expand.
 */
function collect(
  lines: LineCounter,
  node: unknown,
  path: string,
  depth: number,
  out: Map<string, NodePositions>,
  problems: Problem[],
  file: string,
): void {
  const located = at(lines, node as Node, out.get(path)?.value ?? { line: 1, col: 1 });
  const block = isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
  const value: Position = block ? { ...located, textLine: located.line + 1 } : located;
  out.set(path, { ...out.get(path), value });
  if (depth > MAX_DEPTH) {
    throw new WgdeckError(E.YamlTooComplex, {
      file,
      ...value,
      detail: `the values are nested more than ${MAX_DEPTH} levels deep`,
    });
  }
  if (isSeq(node)) {
    for (const [i, c] of node.items.entries()) collect(lines, c, itemPath(path, i), depth + 1, out, problems, file);
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const p = childPath(path, key);
      const keyAt = at(lines, pair.key as Node, value);
      // `{ topic: Welcome, Administrivia, minutes: 5 }`: a comma in unquoted text starts a new key.
      if (node.flow && pair.value === null) {
        problems.push({
          file,
          ...keyAt,
          path: p,
          severity: 'error',
          message:
            `\`${key}\` has no value: inside { }, a comma ends the text before ` +
            'it; put the text in quotes ("...") if it holds a comma',
        });
      }
      out.set(p, { key: keyAt, value });
      collect(lines, pair.value, p, depth + 1, out, problems, file);
    }
  }
}

/** A hint for the mistakes chairs make most, read from the line the parser stopped at. */
function syntaxHint(code: string, text: string, col: number): string | undefined {
  if (code === 'TAB_AS_INDENT' || /^\s*\t/.test(text)) return 'YAML indents with spaces, never tabs: use spaces.';
  const before = text.slice(0, col);
  if (before.lastIndexOf('{') > before.lastIndexOf('}') || before.lastIndexOf('[') > before.lastIndexOf(']')) {
    return (
      'Inside { } or [ ], a `:` or `,` in unquoted text ends it: ' +
      'put the text in quotes, e.g. topic: "Time: 10:00, room 2".'
    );
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY')
    return 'Text with `: ` in it must be quoted: put the text in quotes, e.g. topic: "QUIC: status".';
  if (code === 'BAD_INDENT' || (code === 'MISSING_CHAR' && /^\s*-/.test(text)))
    return 'Check the indentation: keys of one mapping start in the same column.';
  return undefined;
}

function syntaxError(source: string, file: string, lines: LineCounter, e: YAMLError): Error {
  const { line, col } = lines.linePos(e.pos[0]);
  // yaml's message may carry its own excerpt after "at line"; ours is the code frame.
  const reason = e.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
  if (e.code === 'RESOURCE_EXHAUSTION')
    return new WgdeckError(E.YamlTooComplex, { file, line, col, detail: 'the values are nested too deeply' });
  const text = source.split(/\r?\n/)[line - 1] ?? '';
  return new WgdeckError(E.YamlSyntax, {
    file,
    line,
    col,
    reason,
    frame: codeFrame(source, line, col),
    hint: syntaxHint(e.code, text, col),
  });
}

function firstAlias(doc: Document): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias: (_k, node) => {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * Parses YAML (the core schema, so dates and times stay strings) and records the position of every
 * node by path. Throws E.YamlSyntax or E.YamlTooComplex; problems gets mistakes that still parse.
 */
function parseYaml(
  source: string,
  file: string,
  problems: Problem[],
): { data: unknown; positions: Map<string, NodePositions> } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, schema: 'core', prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) throw syntaxError(source, file, lines, doc.errors[0]);
  let data: unknown;
  try {
    // An empty file is `undefined` ("got an empty file"), not the null of `key:` with no value.
    data = doc.contents === null ? undefined : doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    const alias = firstAlias(doc);
    throw new WgdeckError(E.YamlTooComplex, {
      file,
      ...at(lines, alias, { line: 1, col: 1 }),
      detail: `the aliases (*name) expand to more than ${MAX_ALIASES} times what is written`,
    });
  }
  const positions = new Map<string, NodePositions>();
  collect(lines, doc.contents, '', 0, positions, problems, file);
  return { data, positions };
}

function locator(positions: Map<string, NodePositions>): Locator {
  const locate: Locator = (path, at) => {
    const p = positions.get(path);
    if (p) return (at === 'key' && p.key) || p.value;
    // A path the file does not have (a missing key): point at the closest ancestor.
    const parent = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    return parent === path || parent === '' ? (positions.get('')?.value ?? { line: 1, col: 1 }) : locate(parent, 'key');
  };
  return locate;
}

function hbsNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .map((f) => f.slice(0, -'.hbs'.length));
}

/**
 * Slide kinds the template folders add: the deck's `templates` (relative to the deck file) and
 * opts.templatesDir. Names of built-in kinds are overrides; the schema keeps them built-in.
 */
function customKinds(
  data: unknown,
  file: string,
  opts: LoadOptions,
  locate: Locator,
): { kinds: string[]; problems: Problem[] } {
  const kinds: string[] = [];
  const problems: Problem[] = [];
  const own = (data as { templates?: unknown } | null)?.templates;
  if (typeof own === 'string' && own !== '') {
    const dir = resolve(dirname(resolve(file)), own);
    if (isFolder(dir)) kinds.push(...hbsNames(dir));
    else
      problems.push({
        file,
        ...locate('templates', 'value'),
        path: 'templates',
        message: `expected a folder of templates relative to the deck file, but ${dir} is not one`,
        severity: 'error',
      });
  }
  if (opts.templatesDir !== undefined) {
    if (!isFolder(opts.templatesDir)) throw new WgdeckError(E.TemplatesNotFound, { dir: opts.templatesDir });
    kinds.push(...hbsNames(opts.templatesDir));
  }
  return { kinds, problems };
}

/** Parses and validates a deck given as text; `file` names it in problems and locates `templates`. */
export function parseDeck(source: string, file: string, opts: LoadOptions = {}): LoadedDeck {
  const yamlProblems: Problem[] = [];
  const parsed = parseYaml(source, file, yamlProblems);
  const locate = locator(parsed.positions);
  const { kinds, problems } = customKinds(parsed.data, file, opts, locate);
  const { deck, warnings } = validateDeck(parsed.data, {
    file,
    locate,
    customKinds: kinds,
    problems: [...yamlProblems, ...problems, ...referenceProblems(parsed.data, file, locate)],
  });
  const positions = new Map([...parsed.positions].map(([path, p]) => [path, p.value]));
  return { deck, warnings, positions };
}

/** Reads, parses and validates a deck file. Throws E.DeckNotFound, or E.DeckInvalid with every problem. */
export async function loadDeck(file: string, opts: LoadOptions = {}): Promise<LoadedDeck> {
  let source: string;
  try {
    source = readRegularFile(file, { what: 'deck', maxBytes: MAX_DECK_BYTES }).toString('utf8');
  } catch (e) {
    if (isWgdeckError(e)) throw e;
    throw new WgdeckError(E.DeckNotFound, { file });
  }
  return parseDeck(source, file, opts);
}
