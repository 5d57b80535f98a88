// `wgdeck update`: the datatracker's values written into a deck file the chair has edited, through
// the yaml package's Document so every comment, key order and quoting style the chair chose stays.
// Only the keys of DatatrackerFields change; a node whose value is unchanged is not touched at all.
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import type { DatatrackerFields, DtPersonValue } from './map.js';

type Path = Array<string | number>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function nodeJs(node: unknown): unknown {
  return node && typeof node === 'object' && 'toJSON' in node ? (node as Node).toJSON() : node;
}

/** Sets one value; an unchanged value keeps its node, a changed one keeps the node's comments. */
function put(doc: Document, path: Path, value: unknown): void {
  const current = doc.getIn(path, true) as Node | undefined;
  if (current !== undefined && same(nodeJs(current), value)) return;
  if (isScalar(current) && (typeof value !== 'object' || value === null)) {
    current.value = value;
    return;
  }
  const node = value instanceof Object && 'toJSON' in value ? (value as Node) : doc.createNode(value);
  if (current) {
    node.commentBefore = current.commentBefore;
    node.comment = current.comment;
    if ((isSeq(current) || isMap(current)) && (isSeq(node) || isMap(node))) node.flow = current.flow;
  }
  doc.setIn(path, node);
}

/** A list built from the new values, reusing the deck's own item wherever it says the same thing. */
function reuseItems<T>(
  doc: Document,
  path: Path,
  values: T[],
  key: (item: unknown) => string | undefined,
  keep: (old: unknown, value: T) => boolean,
): Node {
  const existing = doc.getIn(path, true);
  const old = isSeq(existing) ? existing.items : [];
  const seq = doc.createNode([]) as ReturnType<Document['createNode']> & { items: unknown[] };
  // New items take the layout of the deck's own: one line each when those are.
  const flow = old.some((item) => (isMap(item) || isSeq(item)) && item.flow);
  for (const value of values) {
    const match = old.find((item) => key(nodeJs(item)) === key(value) && keep(nodeJs(item), value));
    const node = match ?? doc.createNode(value);
    if (!match && flow && (isMap(node) || isSeq(node))) node.flow = true;
    seq.items.push(node);
  }
  return seq as Node;
}

const personName = (p: unknown) => (typeof p === 'string' ? p : (p as { name?: string })?.name);

/** Chairs, ADs, secretaries: someone the deck already lists stays as written (a `remote: true` too). */
function putPeople(doc: Document, path: Path, people: DtPersonValue[]): void {
  const existing = doc.getIn(path, true);
  if (people.length === 0 && existing === undefined) return;
  const values = people.map((p) => ({ name: p.name, ...(p.email ? { email: p.email } : {}) }));
  const names = (list: unknown) => (Array.isArray(list) ? list.map(personName) : []);
  if (
    same(
      names(nodeJs(existing)),
      values.map((v) => v.name),
    )
  )
    return;
  put(
    doc,
    path,
    reuseItems(doc, path, values, personName, () => true),
  );
}

type DocValue = DatatrackerFields['documents'][number];

/**
 * Documents: each datatracker draft refreshed in place (the chair's on_agenda mark stays), new ones
 * added, and the group's own drafts that left the active list dropped; other entries stay.
 */
function putDocuments(doc: Document, acronym: string, documents: DocValue[]): void {
  const path = ['documents'];
  const existing = doc.getIn(path, true);
  const byName = new Map(documents.map((d) => [d.name, d]));
  const ours = (name: string) => name.startsWith(`draft-ietf-${acronym}-`);
  const items: Node[] = [];
  const seen = new Set<string>();
  for (const item of isSeq(existing) ? (existing.items as Node[]) : []) {
    const name = (nodeJs(item) as { name?: string })?.name;
    if (name === undefined || !isMap(item)) {
      items.push(item);
      continue;
    }
    const fresh = byName.get(name);
    if (!fresh) {
      if (!ours(name)) items.push(item);
      continue;
    }
    seen.add(name);
    for (const key of ['stage', 'status', 'shepherd', 'ad'] as const) putIn(doc, item as YAMLMap, key, fresh[key]);
    items.push(item);
  }
  const flow = items.some((item) => isMap(item) && item.flow);
  for (const d of documents) {
    if (seen.has(d.name)) continue;
    const node = doc.createNode(d) as Node;
    if (flow && isMap(node)) node.flow = true;
    items.push(node);
  }
  if (existing === undefined && items.length === 0) return;
  const seq = doc.createNode([]) as Node & { items: Node[] };
  seq.items = items;
  put(doc, path, seq);
}

function putIn(doc: Document, map: YAMLMap, key: string, value: unknown): void {
  const current = map.get(key, true);
  if (value === undefined) {
    if (current !== undefined) map.delete(key);
  } else if (isScalar(current)) {
    if (current.value !== value) current.value = value;
  } else {
    map.set(key, doc.createNode(value));
  }
}

export interface UpdateResult {
  text: string;
  changed: boolean;
}

/** The deck source with the datatracker's fields written in; everything else as it was. */
export function updateDeckSource(source: string, fields: DatatrackerFields): UpdateResult {
  const doc = parseDocument(source);
  // A value the datatracker lacks (no session yet, no room) leaves the chair's own in place.
  const putKnown = (path: Path, value: unknown) => value !== undefined && put(doc, path, value);
  for (const [key, value] of Object.entries(fields.meeting)) putKnown(['meeting', key], value);
  putKnown(['group', 'name'], fields.group.name);
  putKnown(['group', 'list'], fields.group.list);
  putPeople(doc, ['group', 'chairs'], fields.group.chairs);
  putPeople(doc, ['group', 'ads'], fields.group.ads);
  putPeople(doc, ['group', 'secretary'], fields.group.secretary);
  for (const [key, value] of Object.entries(fields.links)) putKnown(['links', key], value);
  const milestones = reuseItems(
    doc,
    ['milestones', 'items'],
    fields.milestones,
    (m) => (m as { text?: string })?.text,
    (old, value) => same(old, value),
  );
  if (fields.milestones.length > 0 || doc.getIn(['milestones', 'items']) !== undefined) {
    if (!same(nodeJs(doc.getIn(['milestones', 'items'], true)), fields.milestones))
      put(doc, ['milestones', 'items'], milestones);
  }
  putDocuments(doc, fields.group.acronym, fields.documents);
  const text = spliceSections(source, doc.toString({ lineWidth: 0 }));
  return { text, changed: text !== source };
}

interface Sections {
  /** the text before the first key: the file's header comments */
  head: string;
  /** each top-level key's text, from its line to the next key's line (comments above that key included) */
  byKey: Map<string, string>;
}

function sections(text: string): Sections {
  const contents = parseDocument(text).contents;
  const pairs = isMap(contents) ? contents.items : [];
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const starts = pairs.map((p) => lineStart((p.key as Node).range![0]));
  const byKey = new Map<string, string>();
  for (const [i, p] of pairs.entries())
    byKey.set(String(nodeJs(p.key)), text.slice(starts[i], starts[i + 1] ?? text.length));
  return { head: text.slice(0, starts[0] ?? text.length), byKey };
}

/**
 * The deck as the chair wrote it, byte for byte, except the top-level sections whose content
 * changed, taken from the re-written document: the agenda and everything else the datatracker
 * does not fill keep their layout exactly.
 */
function spliceSections(source: string, rewritten: string): string {
  const before = sections(source);
  const after = sections(rewritten);
  const unchanged = (key: string) =>
    same(nodeJs(parseDocument(before.byKey.get(key)!).contents), nodeJs(parseDocument(after.byKey.get(key)!).contents));
  const parts = [before.head];
  for (const [key, text] of after.byKey) {
    const old = before.byKey.get(key);
    parts.push(old !== undefined && (old === text || unchanged(key)) ? old : text);
  }
  return parts.join('');
}
