// The Handlebars environment: isolated from the global one, strict (a missing field is an error,
// not an empty string), no prototype access, and no raw output: every {{...}} must go through an
// escaping helper, checked on the template's syntax tree before it is compiled.
import Handlebars from 'handlebars';
import { readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { E, WgdeckError } from '../errors.js';
import { isFolder, MAX_TEXT_BYTES, readRegularFile } from '../fs/read.js';
import { templatesDir } from '../paths.js';
import * as esc from '../text/escape.js';
import { Trusted } from '../text/trusted.js';
import { PRECOMPILED } from './precompiled.js';

type Render = (context: object) => string;

/** The helpers a template may print with, each escaping for one context. */
const OUTPUT_HELPERS: Record<string, (...args: unknown[]) => string> = {
  text: (v: unknown) => esc.text(v),
  plain: (v: unknown) => esc.plain(v),
  md: (v: unknown) => esc.md(v),
  mdblock: (v: unknown) => esc.markdownBlock(v),
  url: (v: unknown) => esc.url(String(v ?? '')),
  link: (target: unknown, label: unknown) => esc.link(String(target ?? ''), String(label ?? target ?? '')),
  attr: (v: unknown) => esc.attribute(v),
  list: (items: unknown, mode: unknown, depth: unknown) =>
    esc.nestedList(items, mode === 'md' ? esc.md : esc.text, typeof depth === 'number' ? depth : 0, trustedMarkdown),
  trusted: (v: unknown) => trustedMarkdown(v),
};

function trustedMarkdown(v: unknown): string {
  // Only Markdown wgdeck wrote itself (boilerplate, computed layout) may pass unescaped.
  if (!(v instanceof Trusted)) throw new Error('trusted: the value is not trusted Markdown written by wgdeck');
  return v.markdown;
}

/** Helpers that compute values for #if / #each and never print. */
const LOGIC_HELPERS: Record<string, (...args: unknown[]) => unknown> = {
  eq: (a: unknown, b: unknown) => a === b,
  isArray: (v: unknown) => Array.isArray(v),
  isString: (v: unknown) => typeof v === 'string',
};

/**
 * Handlebars' strict mode does not check helper arguments, so an output helper given a field that
 * does not exist fails here, naming the line, instead of printing nothing. `null` means "absent".
 */
function strictOutput(name: string, helper: (...args: unknown[]) => string) {
  return (...args: unknown[]) => {
    const options = args[args.length - 1] as { loc?: { start: { line: number } } };
    if (args.slice(0, -1).some((a) => a === undefined)) {
      throw new Error(
        `line ${options.loc?.start.line ?? '?'}: {{${name} ...}} reads a field that the slide data does not have`,
      );
    }
    return helper(...args.slice(0, -1));
  };
}

/** Block helpers a template may open: Handlebars' control flow, nothing that prints or logs. */
const BLOCK_HELPERS = ['if', 'unless', 'each', 'with'];

function helperName(node: { path: hbs.AST.PathExpression | hbs.AST.Literal }): string {
  return node.path.type === 'PathExpression' ? (node.path as hbs.AST.PathExpression).original : '';
}

function checkSafeOutput(name: string, source: string): void {
  const ast = Handlebars.parse(source);
  const visitor = new Handlebars.Visitor();
  const refuse = (node: hbs.AST.Node, helper: string, allowed: string[]) => {
    throw new WgdeckError(E.TemplateHelperRefused, { template: name, line: node.loc.start.line, helper, allowed });
  };
  visitor.MustacheStatement = function (node: hbs.AST.MustacheStatement) {
    const helper = helperName(node);
    if (!Object.hasOwn(OUTPUT_HELPERS, helper) || node.params.length === 0) {
      const expression = source
        .split('\n')
        [node.loc.start.line - 1].slice(node.loc.start.column, node.loc.end.column)
        .replace(/^\{+|\}+$/g, '');
      throw new WgdeckError(E.TemplateUnsafe, { template: name, line: node.loc.start.line, expression });
    }
    Handlebars.Visitor.prototype.MustacheStatement.call(this, node);
  };
  // {{#log}}, {{#lookup}} or a helper of a later Handlebars would run outside the escaping helpers.
  visitor.BlockStatement = function (node: hbs.AST.BlockStatement) {
    if (!BLOCK_HELPERS.includes(helperName(node))) refuse(node, helperName(node), BLOCK_HELPERS);
    Handlebars.Visitor.prototype.BlockStatement.call(this, node);
  };
  visitor.SubExpression = function (node: hbs.AST.SubExpression) {
    const helper = helperName(node);
    if (!Object.hasOwn(LOGIC_HELPERS, helper) && !Object.hasOwn(OUTPUT_HELPERS, helper))
      refuse(node, helper, [...Object.keys(LOGIC_HELPERS), ...Object.keys(OUTPUT_HELPERS)]);
    Handlebars.Visitor.prototype.SubExpression.call(this, node);
  };
  visitor.accept(ast);
}

function readTemplate(file: string): string {
  return readRegularFile(file, { what: 'template', maxBytes: MAX_TEXT_BYTES }).toString('utf8');
}

export interface TemplateSet {
  kinds(): string[];
  has(kind: string): boolean;
  render(kind: string, context: object): string;
}

const COMPILE_OPTIONS = { strict: true, noEscape: true, knownHelpersOnly: false } as const;

interface Source {
  file: string;
  source: string;
  builtin: boolean;
}

/** templates/<kind>.hbs and templates/partials/*.hbs of one folder. */
function readFolder(dir: string, builtin: boolean): { kinds: Map<string, Source>; partials: Map<string, Source> } {
  const read = (folder: string) =>
    new Map(
      (isFolder(folder) ? readdirSync(folder).filter((f) => f.endsWith('.hbs')) : []).map((f): [string, Source] => {
        const file = join(folder, f);
        const source = readTemplate(file);
        // A user's template is refused as soon as it is read; the built-in ones (tested) when compiled.
        if (!builtin) checkSafeOutput(file, source);
        return [basename(f, '.hbs'), { file, source, builtin }];
      }),
    );
  return { kinds: read(dir), partials: read(join(dir, 'partials')) };
}

/** A template function: the bundled CLI's precompiled one while the file is unchanged, else compiled now. */
function compile(env: typeof Handlebars, t: Source): Render {
  const ahead = t.builtin ? PRECOMPILED[relative(templatesDir, t.file)] : undefined;
  if (ahead?.source === t.source) return env.template(ahead.spec);
  if (t.builtin) checkSafeOutput(t.file, t.source);
  return env.compile(t.source, COMPILE_OPTIONS);
}

/**
 * The built-in templates precompiled, as JavaScript source for src/render/precompiled.ts in the
 * bundled CLI (scripts/bundle.mjs): compiling them is most of a cold build's own work.
 */
export function precompiledSource(): string {
  const { kinds, partials } = readFolder(templatesDir, true);
  const entries = [...kinds.values(), ...partials.values()].map((t) => {
    checkSafeOutput(t.file, t.source);
    const spec = Handlebars.precompile(t.source, COMPILE_OPTIONS) as string;
    return `${JSON.stringify(relative(templatesDir, t.file))}: { source: ${JSON.stringify(t.source)}, spec: ${spec} }`;
  });
  return `{\n${entries.join(',\n')}\n}`;
}

/**
 * Loads templates/<kind>.hbs and templates/partials/*.hbs, then the same from each override
 * folder in turn (a later folder replaces a kind of the same name).
 */
export function loadTemplates(overrideDirs: string[] = []): TemplateSet {
  const env = Handlebars.create();
  // Handlebars' own `log` and `lookup` are not needed and `log` writes to the console.
  env.unregisterHelper('log');
  env.unregisterHelper('lookup');
  for (const [n, h] of Object.entries(OUTPUT_HELPERS)) env.registerHelper(n, strictOutput(n, h));
  for (const [n, h] of Object.entries(LOGIC_HELPERS)) env.registerHelper(n, h);
  const sources = new Map<string, Source>();
  for (const [i, dir] of [templatesDir, ...overrideDirs].entries()) {
    const { kinds, partials } = readFolder(dir, i === 0);
    for (const [kind, t] of kinds) sources.set(kind, t);
    for (const [name, t] of partials) env.registerPartial(name, compile(env, t));
  }
  // Each kind is compiled when a deck first uses it: a deck uses a few of the kinds.
  const compiled = new Map<string, Render>();
  const template = (kind: string): Render | undefined => {
    const t = sources.get(kind);
    if (t && !compiled.has(kind)) compiled.set(kind, compile(env, t));
    return compiled.get(kind);
  };
  return {
    kinds: () => [...sources.keys()].sort(),
    has: (kind) => sources.has(kind),
    render(kind, context) {
      const fill = template(kind);
      if (!fill) throw new WgdeckError(E.UnknownSlideKind, { kind, known: [...sources.keys()].sort() });
      try {
        return fill(context);
      } catch (e) {
        throw new WgdeckError(E.TemplateError, { template: sources.get(kind)!.file, detail: (e as Error).message });
      }
    },
  };
}
