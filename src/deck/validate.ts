// Validates a parsed deck against schema/deck.schema.json by walking the schema itself, so the
// schema editors use and the checks wgdeck runs cannot drift apart. Collects every problem of a
// file, then applies the schema's defaults and normalizes into the typed Deck.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { E, WgdeckError, type Problem } from '../errors.js';
import { schemaPath } from '../paths.js';
import { isPlaceholder } from './starter.js';
import type { Deck, DocumentStage, Person, SlideEntry, StandardSlide } from './types.js';
import { MONTHS } from './calendar.js';

/** The subset of JSON Schema draft 2020-12 the deck schema uses, plus its x- extensions. */
interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  minProperties?: number;
  maxProperties?: number;
  items?: Schema;
  minItems?: number;
  oneOf?: Schema[];
  anyOf?: Schema[];
  not?: Schema;
  pattern?: string;
  format?: string;
  minLength?: number;
  minimum?: number;
  default?: unknown;
  description?: string;
  /** what a value should be, in the words of error messages ("a number of minutes") */
  'x-expected'?: string;
  /** a line of text; a one-key mapping (YAML's reading of `- Goal: x`) becomes the line "Goal: x" */
  'x-line'?: boolean;
  /** a slide kind from a template override; the value points at the built-in kind names */
  'x-custom-kind'?: string;
  $defs?: Record<string, Schema>;
}

export interface Position {
  line: number;
  col: number;
  /** a block scalar's (`|` or `>`): the line its text starts on, below the indicator */
  textLine?: number;
}

/** Where a path is in the file: `key` for the key of a mapping entry, `value` for its value. */
export type Locator = (path: string, at: 'key' | 'value') => Position;

export interface ValidateOptions {
  /** the deck file as the user gave it: problems name it */
  file: string;
  locate?: Locator;
  /** slide kinds that template overrides add (names of their .hbs files) */
  customKinds?: string[];
  /** problems found before validation (e.g. by the loader), reported with the others */
  problems?: Problem[];
}

interface Issue {
  path: string;
  /** where to point: this path's key or value (a missing key points at its parent's key) */
  loc: { path: string; at: 'key' | 'value' };
  message: string;
  /** a message that names the user's intent exactly; it wins when alternatives compete */
  decisive?: boolean;
}

interface Ctx {
  root: Schema;
  customKinds: string[];
  /**
   * For each list or mapping the checks met, the first passing branch of each oneOf/anyOf (keyed by
   * its list of branches): fillDefaults follows it without checking the branches again.
   */
  passed: WeakMap<object, Map<Schema[], Schema | undefined>>;
}

let cachedSchema: Schema | undefined;

/** The deck schema, read once from schema/deck.schema.json. */
export function deckSchema(): Schema {
  cachedSchema ??= JSON.parse(readFileSync(schemaPath, 'utf8')) as Schema;
  return cachedSchema;
}

/** The path of a mapping entry, as problems and positions name it: "agenda.items[2].minutes". */
export function childPath(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}

export function itemPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

function resolveRef(ref: string, root: Schema): Schema {
  const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  const target = name === undefined ? undefined : root.$defs?.[name];
  if (!target) throw new Error(`deck schema: unresolvable $ref ${ref}`);
  return target;
}

/** Merged schemas by root and node: a deck's checks look up the same few nodes thousands of times. */
const merged = new WeakMap<Schema, WeakMap<Schema, Schema>>();

/** A schema with its $ref merged in; the referring schema's own keywords (description, default) win. */
function deref(s: Schema, root: Schema): Schema {
  if (!s.$ref) return s;
  let byNode = merged.get(root);
  if (!byNode) {
    byNode = new WeakMap();
    merged.set(root, byNode);
  }
  let m = byNode.get(s);
  if (!m) {
    const { $ref, ...own } = s;
    m = { ...deref(resolveRef($ref, root), root), ...own };
    byNode.set(s, m);
  }
  return m;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasType(type: string, v: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    default:
      throw new Error(`deck schema: unknown type ${type}`);
  }
}

function typeMatches(s: Schema, v: unknown): boolean {
  const t = s.type;
  return t === undefined || (typeof t === 'string' ? hasType(t, v) : t.some((u) => hasType(u, v)));
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'text',
  boolean: 'true or false',
  null: 'nothing',
  integer: 'a whole number',
  number: 'a number',
};

/** What a schema expects, in words: its x-expected, else derived from enum or type. */
function expected(s: Schema): string {
  if (s['x-expected']) return s['x-expected'];
  if (s.enum) return `one of ${s.enum.map(String).join(', ')}`;
  return [s.type ?? 'a value']
    .flat()
    .map((t) => TYPE_WORDS[t] ?? t)
    .join(' or ');
}

/** The value the user wrote, for "got ...". */
function describe(v: unknown): string {
  if (v === undefined) return 'an empty file';
  if (v === null) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
  if (Array.isArray(v)) return 'a list';
  if (isObject(v)) return 'a mapping';
  return String(v);
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/** The closest candidate, when it is close enough to be a typo (about one edit in three letters). */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(Math.max(word.length, best.length) / 3))
    ? best
    : undefined;
}

function didYouMean(word: string, candidates: readonly string[]): string {
  const s = suggest(word, candidates);
  return s === undefined ? '' : `; did you mean \`${s}\`?`;
}

function at(path: string, message: string): Issue {
  return { path, loc: { path, at: 'value' }, message };
}

function mismatch(s: Schema, v: unknown, path: string, detail = ''): Issue {
  return at(path, `expected ${expected(s)}, got ${describe(v)}${detail}`);
}

/** Why a YYYY-MM[-DD] string is not a calendar date, or undefined when it is one. */
function calendarError(s: string): string | undefined {
  const [y, m, d] = s.split('-').map(Number);
  if (m < 1 || m > 12) return `: there is no month ${m}`;
  if (d === undefined) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= days ? undefined : `: ${MONTHS[m - 1]} ${y} has ${days} days`;
}

/** Time zones already judged: building an Intl.DateTimeFormat costs more than the rest of a check. */
const timezoneErrors = new Map<string, string | undefined>();

/** The canonical zone names of the runtime's ICU, read once. */
let zones: Set<string> | undefined;
function knownZones(): Set<string> {
  zones ??= new Set(Intl.supportedValuesOf('timeZone'));
  return zones;
}

function timezoneError(s: string): string | undefined {
  if (timezoneErrors.has(s)) return timezoneErrors.get(s);
  let error: string | undefined;
  // The runtime's own list of canonical zones answers most decks in a few milliseconds; a formatter
  // (some 25 ms for the first, which loads the zone data) judges the rest: UTC, aliases, Etc/GMT+5.
  if (!knownZones().has(s)) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: s });
    } catch {
      error = `: not a known time zone${didYouMean(s, [...knownZones()])}`;
    }
  }
  timezoneErrors.set(s, error);
  return error;
}

/** Custom formats: the schema names them, the validator knows what they mean. */
const FORMATS: Record<string, (s: string) => string | undefined> = {
  date: calendarError,
  'wgdeck-month-or-date': calendarError,
  'wgdeck-timezone': timezoneError,
};

const patterns = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) {
    re = new RegExp(pattern, 'u');
    patterns.set(pattern, re);
  }
  return re;
}

function checkString(s: Schema, v: string, path: string): Issue[] {
  if (s.minLength !== undefined && v.length < s.minLength) return [mismatch(s, v, path)];
  if (s.pattern !== undefined && !regex(s.pattern).test(v)) return [mismatch(s, v, path)];
  const detail = s.format ? FORMATS[s.format]?.(v) : undefined;
  return detail ? [mismatch(s, v, path, detail)] : [];
}

function checkNumber(s: Schema, v: number, path: string): Issue[] {
  return s.minimum !== undefined && v < s.minimum ? [mismatch(s, v, path, ` (at least ${s.minimum})`)] : [];
}

/**
 * The longest list a deck may hold. A slide shows a few dozen lines, and a list of tens of
 * thousands (one agenda item with 25,000 notes) would be one slide too big for Marp to render.
 */
export const MAX_LIST_ITEMS = 1000;

function checkArray(s: Schema, v: unknown[], path: string, ctx: Ctx): Issue[] {
  if (v.length > MAX_LIST_ITEMS) {
    return [
      at(
        path,
        `a list of ${v.length.toLocaleString('en')} ` +
          `items; a deck's lists hold at most ${MAX_LIST_ITEMS.toLocaleString('en')}`,
      ),
    ];
  }
  const issues: Issue[] = [];
  if (s.minItems !== undefined && v.length < s.minItems)
    issues.push(mismatch(s, v, path, ` with ${v.length} item${v.length === 1 ? '' : 's'}`));
  if (s.items) for (const [i, item] of v.entries()) issues.push(...check(s.items, item, itemPath(path, i), ctx));
  return issues;
}

function checkObject(s: Schema, v: Record<string, unknown>, path: string, ctx: Ctx): Issue[] {
  const issues: Issue[] = [];
  const props = s.properties ?? {};
  const keys = Object.keys(v);
  for (const k of s.required ?? []) {
    if (!Object.hasOwn(v, k))
      issues.push({
        path: childPath(path, k),
        loc: { path, at: 'key' },
        message: `missing; expected ${expected(deref(props[k] ?? {}, ctx.root))}`,
      });
  }
  if (s.maxProperties !== undefined && keys.length > s.maxProperties) {
    issues.push(mismatch(s, v, path, ` with ${keys.length} keys: ${keys.join(', ')}`));
  } else if (s.minProperties !== undefined && keys.length < s.minProperties) {
    issues.push(mismatch(s, v, path, ' with no keys'));
  }
  for (const k of keys) {
    const p = childPath(path, k);
    if (s.propertyNames && check(s.propertyNames, k, p, ctx).length > 0) {
      issues.push({ path: p, loc: { path: p, at: 'key' }, message: 'this key is not allowed here' });
    }
    if (Object.hasOwn(props, k)) issues.push(...check(props[k], v[k], p, ctx));
    else if (s.additionalProperties === false) issues.push(unknownKey(p, k, Object.keys(props)));
    else if (isObject(s.additionalProperties)) issues.push(...check(s.additionalProperties, v[k], p, ctx));
  }
  return issues;
}

function unknownKey(path: string, key: string, known: string[]): Issue {
  const hint = suggest(key, known);
  const message =
    hint !== undefined ? `unknown key; did you mean \`${hint}\`?` : `unknown key; expected one of ${known.join(', ')}`;
  return { path, loc: { path, at: 'key' }, message };
}

/** A branch's fit to a value, to report the alternative the user most likely meant. */
function fit(s0: Schema, v: unknown, issues: Issue[], ctx: Ctx): number {
  const s = deref(s0, ctx.root);
  if (!typeFits(s, v, ctx)) return 0;
  const known = isObject(v) && s.properties ? Object.keys(v).filter((k) => Object.hasOwn(s.properties!, k)).length : 0;
  return 1 + known + (issues.some((i) => i.decisive) ? 1 : 0);
}

function typeFits(s0: Schema, v: unknown, ctx: Ctx): boolean {
  const s = deref(s0, ctx.root);
  const alternatives = s.oneOf ?? s.anyOf;
  return typeMatches(s, v) && (!alternatives || alternatives.some((a) => typeFits(a, v, ctx)));
}

/** oneOf / anyOf: passes when one branch does; otherwise ONE branch's problems, the best fitting. */
function checkAlternatives(
  s: Schema,
  branches: Schema[],
  exclusive: boolean,
  v: unknown,
  path: string,
  ctx: Ctx,
): Issue[] {
  const results = branches.map((b) => ({ b, issues: check(b, v, path, ctx) }));
  const passing = results.filter((r) => r.issues.length === 0).length;
  if (typeof v === 'object' && v !== null) {
    let byBranches = ctx.passed.get(v);
    if (!byBranches) {
      byBranches = new Map();
      ctx.passed.set(v, byBranches);
    }
    byBranches.set(branches, results.find((r) => r.issues.length === 0)?.b);
  }
  if (passing === 1 || (passing > 1 && !exclusive)) return [];
  if (passing > 1) return [at(path, `ambiguous: ${describe(v)} matches more than one form of ${expected(s)}`)];
  const scored = results.map((r) => ({ ...r, fit: fit(r.b, v, r.issues, ctx) }));
  if (scored.every((r) => r.fit === 0)) return [mismatch(s, v, path)];
  scored.sort((a, b) => b.fit - a.fit || a.issues.length - b.issues.length);
  return scored[0].issues;
}

/** x-custom-kind: the entry's kind must be a template the caller found. */
function checkCustomKind(s: Schema, v: unknown, path: string, ctx: Ctx): Issue[] {
  const kind = typeof v === 'string' ? v : Object.keys(v as object)[0];
  if (ctx.customKinds.includes(kind)) return [];
  const builtin = (resolveRef(s['x-custom-kind']!, ctx.root).enum ?? []).map(String);
  const hint =
    didYouMean(kind, [...builtin, ...ctx.customKinds]) ||
    `: not a built-in kind, and there is no ${kind}.hbs in the deck's templates folder`;
  const p = typeof v === 'string' ? path : childPath(path, kind);
  return [
    {
      path: p,
      loc: { path: p, at: typeof v === 'string' ? 'value' : 'key' },
      message: `unknown slide kind \`${kind}\`${hint}`,
      decisive: true,
    },
  ];
}

function checkEnum(s: Schema, v: unknown, path: string): Issue[] {
  if (s.enum!.some((e) => e === v)) return [];
  const strings = s.enum!.filter((e): e is string => typeof e === 'string');
  return [mismatch(s, v, path, typeof v === 'string' ? didYouMean(v, strings) : '')];
}

function check(s0: Schema, v: unknown, path: string, ctx: Ctx): Issue[] {
  const s = deref(s0, ctx.root);
  if (!typeMatches(s, v)) return [mismatch(s, v, path)];
  const issues: Issue[] = [];
  if (s.oneOf) issues.push(...checkAlternatives(s, s.oneOf, true, v, path, ctx));
  if (s.anyOf) issues.push(...checkAlternatives(s, s.anyOf, false, v, path, ctx));
  if (s.not && check(s.not, v, path, ctx).length === 0) issues.push(at(path, `${describe(v)} is not allowed here`));
  if (s.enum) issues.push(...checkEnum(s, v, path));
  if (typeof v === 'string') issues.push(...checkString(s, v, path));
  if (typeof v === 'number') issues.push(...checkNumber(s, v, path));
  if (Array.isArray(v)) issues.push(...checkArray(s, v, path, ctx));
  if (isObject(v)) issues.push(...checkObject(s, v, path, ctx));
  if (s['x-custom-kind'] && issues.length === 0) issues.push(...checkCustomKind(s, v, path, ctx));
  return issues;
}

/** The meeting's keys together, and `slides` against `extra_slides`. */
function meetingCheck(data: unknown): Issue[] {
  if (!isObject(data)) return [];
  const issues: Issue[] = [];
  const meeting = data.meeting;
  if (isObject(meeting) && meeting.number === undefined && meeting.interim !== true) {
    issues.push({
      path: 'meeting.number',
      loc: { path: 'meeting', at: 'key' },
      message: 'expected an IETF meeting number, or `interim: true` for an interim',
    });
  }
  if (isObject(meeting) && meeting.number !== undefined && meeting.interim === true) {
    const number = String(meeting.number);
    issues.push({
      path: 'meeting.number',
      loc: { path: 'meeting.number', at: 'key' },
      message:
        `an interim has no IETF meeting number, yet \`interim: true\` comes with \`number: ${number}\`; ` +
        `drop \`number\` for an interim, or \`interim: true\` for a session at IETF ${number}`,
    });
  }
  if (data.slides !== undefined && data.extra_slides !== undefined) {
    issues.push({
      path: 'extra_slides',
      loc: { path: 'extra_slides', at: 'key' },
      message:
        '`slides` replaces the standard deck and `extra_slides` adds to it: use one of ' +
        'them (drop `slides` to keep the standard deck, or move these slides into `slides`)',
    });
  }
  return issues;
}

/** What is wrong with a person's name as written: two people in one, or an email inside it. */
function nameProblem(name: string): string | undefined {
  if (/<[^>]*@[^>]*>|\S+@\S+\.\S+/.test(name))
    return 'an email address in the name; give it apart: { name: Lucas Pardue, email: lucas@example.org }';
  if (/[,;&]|\s+and\s+/i.test(name))
    return 'more than one person in one name; give one name per entry, as a list: [Lucas Pardue, Matt Joras]';
  return undefined;
}

/** group.chairs, ads and secretary: one real person per entry. */
function peopleChecks(data: unknown): Issue[] {
  const group = isObject(data) && isObject(data.group) ? data.group : {};
  const issues: Issue[] = [];
  for (const role of ['chairs', 'ads', 'secretary']) {
    const value = group[role];
    const entries: Array<[unknown, string]> = Array.isArray(value)
      ? value.map((v, i) => [v, itemPath(`group.${role}`, i)])
      : [[value, `group.${role}`]];
    for (const [person, path] of entries) {
      const [name, at] =
        typeof person === 'string'
          ? [person, path]
          : isObject(person) && typeof person.name === 'string'
            ? [person.name, childPath(path, 'name')]
            : [undefined, path];
      const problem = name === undefined ? undefined : nameProblem(name);
      if (problem)
        issues.push({ path: at, loc: { path: at, at: 'value' }, message: `${JSON.stringify(name)}: ${problem}` });
    }
  }
  return issues;
}

/** Every text value of the deck with its path. */
function texts(v: unknown, path: string, out: Array<[string, string]> = []): Array<[string, string]> {
  if (typeof v === 'string') out.push([path, v]);
  else if (Array.isArray(v)) for (const [i, item] of v.entries()) texts(item, itemPath(path, i), out);
  else if (isObject(v)) for (const [k, item] of Object.entries(v)) texts(item, childPath(path, k), out);
  return out;
}

/** The placeholders of `wgdeck new` left in (src/deck/starter.ts). */
function placeholderChecks(data: unknown): Issue[] {
  return texts(data, '')
    .filter(([, text]) => isPlaceholder(text))
    .map(([path, text]) => ({
      path,
      loc: { path, at: 'value' },
      message: `\`${text}\` is a placeholder of the starter deck; put the real one in (or remove the entry)`,
    }));
}

/** Rules that span keys, or judge what the schema lets through. */
function crossChecks(data: unknown): Issue[] {
  return [...meetingCheck(data), ...peopleChecks(data), ...placeholderChecks(data)];
}

/**
 * Fills in the schema's defaults and turns x-line mappings back into lines; `v` has validated, so
 * the branch that passes is the one to follow.
 */
function fillDefaults(s0: Schema, v: unknown, ctx: Ctx): unknown {
  const s = deref(s0, ctx.root);
  if (s['x-line'] && isObject(v))
    return Object.entries(v)
      .map(([k, line]) => `${k}: ${line}`)
      .join('');
  // A text, number or the like comes out as it went in, whichever branch it passed.
  if (typeof v !== 'object' || v === null) return v;
  const branches = s.oneOf ?? s.anyOf;
  if (branches) {
    const known = ctx.passed.get(v);
    const branch = known?.has(branches) ? known.get(branches) : branches.find((b) => check(b, v, '', ctx).length === 0);
    if (branch) return fillDefaults(branch, v, ctx);
  }
  if (Array.isArray(v) && s.items) return v.map((item) => fillDefaults(s.items!, item, ctx));
  if (!isObject(v) || !s.properties) return v;
  const out: Record<string, unknown> = { ...v };
  for (const [k, p] of Object.entries(s.properties)) {
    const ps = deref(p, ctx.root);
    // A default that is a list or a mapping is copied: each deck gets its own to change.
    if (!Object.hasOwn(out, k) && ps.default !== undefined)
      out[k] = typeof ps.default === 'object' ? structuredClone(ps.default) : ps.default;
    if (Object.hasOwn(out, k)) out[k] = fillDefaults(ps, out[k], ctx);
  }
  return out;
}

function toPeople(v: unknown): Person[] {
  return [v].flat().map((p) => (typeof p === 'string' ? { name: p } : (p as Person)));
}

/** A document's stage when not given: a draft-ietf-* is a WG document, anything else individual. */
function defaultStage(name: string): DocumentStage {
  return name.startsWith('draft-ietf-') ? 'wg' : 'individual';
}

/** One `slides` entry as {kind, options}: shorthand forms become the options they stand for. */
function toSlideEntry(v: unknown, path: string): SlideEntry {
  if (typeof v === 'string') return { kind: v, options: {}, path };
  const [[kind, raw]] = Object.entries(v as Record<string, unknown>);
  const options = (raw ?? {}) as Record<string, unknown>;
  if (kind === 'markdown') {
    const { text, ...rest } = options;
    return { kind, options: typeof raw === 'string' ? { markdown: raw } : { markdown: text, ...rest }, path };
  }
  if (kind === 'section' && typeof raw === 'string') return { kind, options: { title: raw }, path };
  if (kind === 'table')
    return { kind, options: { ...options, rows: (options.rows as unknown[][]).map((r) => r.map(String)) }, path };
  return { kind, options: isObject(options) ? options : { value: raw }, path };
}

/** An `extra_slides` entry: one slide, or `{after, slides}` (two keys, which no slide entry has). */
function extraSlideEntries(v: unknown, path: string): SlideEntry[] {
  if (!isObject(v) || Object.keys(v).length === 1) return [toSlideEntry(v, path)];
  const after = v.after as StandardSlide;
  return (v.slides as unknown[]).map((e, i) => ({ ...toSlideEntry(e, itemPath(childPath(path, 'slides'), i)), after }));
}

function normalizeBoilerplate(b: Record<string, unknown>): Deck['boilerplate'] {
  return {
    ...b,
    note_well: typeof b.note_well === 'number' ? String(b.note_well) : b.note_well,
    // A plain list adds to the in-person section, where a venue's own tips go.
    tips_extra: Array.isArray(b.tips_extra) ? { in_person: b.tips_extra } : b.tips_extra,
  } as Deck['boilerplate'];
}

function normalize(d: Record<string, unknown>, file: string): Deck {
  const group = d.group as Record<string, unknown>;
  return {
    ...d,
    file: resolve(file),
    group: { ...group, chairs: toPeople(group.chairs), ads: toPeople(group.ads), secretary: toPeople(group.secretary) },
    documents: (d.documents as Record<string, unknown>[]).map((doc) => ({
      ...doc,
      stage: doc.stage ?? defaultStage(doc.name as string),
    })),
    boilerplate: normalizeBoilerplate(d.boilerplate as Record<string, unknown>),
    slides: (d.slides as unknown[] | undefined)?.map((e, i) => toSlideEntry(e, itemPath('slides', i))),
    extra_slides: (d.extra_slides as unknown[]).flatMap((e, i) => extraSlideEntries(e, itemPath('extra_slides', i))),
  } as Deck;
}

const nowhere: Locator = () => ({ line: 1, col: 1 });

/**
 * Validates a parsed deck (`data` as the YAML parser returned it) and returns the typed Deck with defaults
 * applied. Throws WgdeckError(E.DeckInvalid) listing every error of the file.
 */
export function validateDeck(data: unknown, opts: ValidateOptions): { deck: Deck; warnings: Problem[] } {
  const ctx: Ctx = { root: deckSchema(), customKinds: opts.customKinds ?? [], passed: new WeakMap() };
  const locate = opts.locate ?? nowhere;
  const issues = [...check(ctx.root, data, '', ctx), ...crossChecks(data)];
  const problems: Problem[] = [
    ...(opts.problems ?? []),
    ...issues.map((i) => ({
      file: opts.file,
      ...locate(i.loc.path, i.loc.at),
      path: i.path,
      message: i.message,
      severity: 'error' as const,
    })),
  ].sort((a, b) => a.line - b.line || a.col - b.col);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new WgdeckError(E.DeckInvalid, { file: opts.file, problems });
  const filled = fillDefaults(ctx.root, data, ctx) as Record<string, unknown>;
  return { deck: normalize(filled, opts.file), warnings: problems };
}
