// Reads a deck file: YAML (CORE_SCHEMA, so dates and times stay strings) with the line:col of every
// node recorded by path, the custom slide kinds its templates folder adds, then validation.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import yaml from 'js-yaml';
import { E, WgdeckError, type Problem } from '../errors.js';
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

/** A node as js-yaml's listener reports it: where it opened, what it became, its child nodes. */
interface YamlNode {
  open: number;
  kind: string | null;
  result: unknown;
  children: YamlNode[];
}

interface NodePositions {
  key?: Position;
  value: Position;
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

function toPosition(starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - starts[lo] + 1 };
}

/**
 * Where a node's text starts. js-yaml opens a node before the blanks and comments that precede it;
 * an empty node (`key:` with nothing) stays on its line.
 */
function nodeStart(source: string, node: YamlNode): number {
  let i = node.open;
  const skip = node.kind === null ? /[ \t]/ : /[ \t\r\n\uFEFF]/;
  for (;;) {
    while (i < source.length && skip.test(source[i])) i++;
    if (node.kind === null || source[i] !== '#') return i;
    while (i < source.length && source[i] !== '\n') i++;
  }
}

/** A compact or flow collection is reported twice, the outer node wrapping the same value. */
function unwrap(node: YamlNode): YamlNode {
  while (node.children.length === 1 && node.children[0].result === node.result) node = node.children[0];
  return node;
}

function collect(source: string, starts: number[], node0: YamlNode, path: string, out: Map<string, NodePositions>): void {
  const node = unwrap(node0);
  const value = toPosition(starts, nodeStart(source, node));
  out.set(path, { ...out.get(path), value });
  if (node.kind === 'sequence') {
    node.children.forEach((c, i) => collect(source, starts, c, itemPath(path, i), out));
  } else if (node.kind === 'mapping') {
    for (let i = 0; i + 1 < node.children.length; i += 2) {
      const key = unwrap(node.children[i]);
      const p = childPath(path, String(key.result));
      out.set(p, { key: toPosition(starts, nodeStart(source, key)), value });
      collect(source, starts, node.children[i + 1], p, out);
    }
  }
}

/** Parses YAML and records the position of every node by path. Throws a YAMLException on bad syntax. */
function parseYaml(source: string): { data: unknown; positions: Map<string, NodePositions> } {
  const stack: YamlNode[] = [{ open: 0, kind: null, result: undefined, children: [] }];
  const data = yaml.load(source, {
    schema: yaml.CORE_SCHEMA,
    listener(event, state) {
      if (event === 'open') {
        stack.push({ open: state.position, kind: null, result: undefined, children: [] });
        return;
      }
      const node = stack.pop()!;
      node.kind = state.kind;
      node.result = state.result;
      stack[stack.length - 1].children.push(node);
    },
  });
  const positions = new Map<string, NodePositions>();
  const [document] = stack[0].children;
  if (document) collect(source, lineStarts(source), document, '', positions);
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

function syntaxProblem(e: unknown, file: string): Problem {
  if (!(e instanceof yaml.YAMLException)) throw e;
  const mark = (e as yaml.YAMLException & { mark?: { line: number; column: number } }).mark;
  return { file, line: (mark?.line ?? 0) + 1, col: (mark?.column ?? 0) + 1, path: '', message: `YAML syntax error: ${e.reason}`, severity: 'error' };
}

function hbsNames(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.hbs')).map((f) => f.slice(0, -'.hbs'.length));
}

function isFolder(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory();
}

/**
 * Slide kinds the template folders add: the deck's `templates` (relative to the deck file) and
 * opts.templatesDir. Names of built-in kinds are overrides; the schema keeps them built-in.
 */
function customKinds(data: unknown, file: string, opts: LoadOptions, locate: Locator): { kinds: string[]; problems: Problem[] } {
  const kinds: string[] = [];
  const problems: Problem[] = [];
  const own = (data as { templates?: unknown } | null)?.templates;
  if (typeof own === 'string' && own !== '') {
    const dir = resolve(dirname(resolve(file)), own);
    if (isFolder(dir)) kinds.push(...hbsNames(dir));
    else problems.push({ file, ...locate('templates', 'value'), path: 'templates', message: `expected a folder of templates relative to the deck file, but ${dir} is not one`, severity: 'error' });
  }
  if (opts.templatesDir && isFolder(opts.templatesDir)) kinds.push(...hbsNames(opts.templatesDir));
  return { kinds, problems };
}

/** Parses and validates a deck given as text; `file` names it in problems and locates `templates`. */
export function parseDeck(source: string, file: string, opts: LoadOptions = {}): LoadedDeck {
  let parsed: ReturnType<typeof parseYaml>;
  try {
    parsed = parseYaml(source);
  } catch (e) {
    throw new WgdeckError(E.DeckInvalid, { file, problems: [syntaxProblem(e, file)] });
  }
  const locate = locator(parsed.positions);
  const { kinds, problems } = customKinds(parsed.data, file, opts, locate);
  const { deck, warnings } = validateDeck(parsed.data, { file, locate, customKinds: kinds, problems });
  const positions = new Map([...parsed.positions].map(([path, p]) => [path, p.value]));
  return { deck, warnings, positions };
}

/** Reads, parses and validates a deck file. Throws E.DeckNotFound, or E.DeckInvalid with every problem. */
export async function loadDeck(file: string, opts: LoadOptions = {}): Promise<LoadedDeck> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    throw new WgdeckError(E.DeckNotFound, { file });
  }
  return parseDeck(source, file, opts);
}
