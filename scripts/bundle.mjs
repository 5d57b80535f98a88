// Bundles the `wgdeck` command into dist/bin/ (run by `npm run build`, after tsc). A cold start of
// the unbundled CLI spends most of its time finding and compiling hundreds of module files; one file,
// whose compiled functions V8 reads back from a code cache (scripts/bin.cjs), loads in a fraction. The library
// (dist/index.js) stays tsc's output, so programs importing wgdeck load it module by module.
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

// `node scripts/bundle.mjs [compiled out [deck...]]`: tsc's dist/ into dist/bin/ by default; scripts/test.mjs
// bundles the tests' dist-test/src/ into dist-test/bin/, so that the tests' child processes start as fast,
// and names the decks to train on (by default every sample deck).
const [compiled, outdir] = (process.argv.length > 3 ? process.argv.slice(2, 4) : ['dist', 'dist/bin']).map(
  (dir) => new URL(`../${dir}/`, import.meta.url),
);
const trainingDecks = process.argv.slice(4);

/**
 * marp-core requires KaTeX and MathJax when it loads, for math that wgdeck turns off
 * (src/render/marp.ts): a stand-in that fails loudly if ever called keeps 3 MB out of every start.
 */
const noMath = {
  name: 'no-math',
  setup(b) {
    b.onResolve({ filter: /^(katex|mathjax-full)(\/|$)/ }, (args) => ({ path: args.path, namespace: 'no-math' }));
    b.onLoad({ filter: /.*/, namespace: 'no-math' }, () => ({
      loader: 'js',
      contents:
        "module.exports = new Proxy({}, { get: (_, key) => key === '__esModule' ? false : key " +
        "=== 'version' ? '0' : () => { throw new Error('math is turned off in wgdeck'); } });",
    }));
  },
};

/**
 * @puppeteer/browsers downloads browsers through proxy-agent (with a JavaScript engine for proxy
 * auto-config files): 2 MB that wgdeck, which never downloads a browser, would load to print.
 */
const noDownloads = {
  name: 'no-downloads',
  setup(b) {
    b.onResolve({ filter: /^proxy-agent$/ }, (args) => ({ path: args.path, namespace: 'no-downloads' }));
    b.onLoad({ filter: /.*/, namespace: 'no-downloads' }, () => ({
      loader: 'js',
      contents: `export class ProxyAgent { constructor() { throw new Error('wgdeck never downloads a browser'); } }`,
    }));
  },
};

/**
 * highlight.js's 190 languages are 1.7 MB, which marp-core requires only when a code block names a
 * language: they stay outside the bundle and are required then, from where marp-core finds them.
 */
const lazyLanguages = {
  name: 'lazy-languages',
  setup(b) {
    b.onResolve({ filter: /^highlight\.js\/lib\/languages\// }, (args) => ({
      path: args.path,
      namespace: 'lazy-languages',
    }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-languages' }, (args) => ({
      loader: 'js',
      contents:
        "const { createRequire } = require('node:module');" +
        "module.exports = createRequire(createRequire(__filename).resolve('@marp-team/marp-core'))" +
        `(${JSON.stringify(args.path)});`,
    }));
  },
};

/**
 * Node's own modules that a package imports lazily (`await import('node:fs')`) are required instead: a
 * script compiled by scripts/bin.cjs, like any CommonJS file run through vm, has no import().
 */
const builtinsRequired = {
  name: 'builtins-required',
  setup(b) {
    b.onResolve({ filter: /^[\w:/]+$/ }, (args) =>
      args.kind === 'dynamic-import' && isBuiltin(args.path) ? { path: args.path, namespace: 'builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      loader: 'js',
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
    }));
  },
};

/** A file of an installed package, wherever npm put it. */
const packageFile = (name, file) => join(dirname(createRequire(import.meta.url).resolve(`${name}/package.json`)), file);

/**
 * yaml's ES module build (the one it gives browsers; the same code, without its CommonJS wrappers):
 * it loads faster, and only what wgdeck uses of it is bundled.
 */
const yamlModules = {
  name: 'yaml-modules',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: packageFile('yaml', 'browser/index.js') }));
  },
};

/**
 * One markdown-it for wgdeck and marp-core alike: marp-core requires its CommonJS build, which wgdeck's
 * own imports then share, so a build loads markdown-it (and its entities, linkify-it) once, not twice.
 */
const oneMarkdownIt = {
  name: 'one-markdown-it',
  setup(b) {
    b.onResolve({ filter: /^markdown-it$/ }, () => ({ path: packageFile('markdown-it', 'dist/index.cjs.js') }));
  },
};

/**
 * markdown-it decodes character references (`&amp;`) with entities, whose tables are made at every start
 * from a string one character at a time, with a function call each (some 3 ms of a cold start): here
 * the same string is copied into the table in one call. markdown-it uses only the decoder, so the
 * encoder (a map of every reference, built when it loads) stays out.
 */
const entitiesDecoder = {
  name: 'entities-decoder',
  setup(b) {
    b.onResolve({ filter: /^entities$/ }, (args) => {
      if (!/[\\/]markdown-it[\\/]/.test(args.importer)) return undefined;
      // The decoder beside the entities markdown-it finds (its lib/index.js).
      return { path: join(dirname(createRequire(args.importer).resolve('entities')), 'decode.js') };
    });
    b.onLoad({ filter: /[\\/]entities[\\/]lib[\\/]generated[\\/]decode-data-\w+\.js$/ }, (args) => {
      const table = createRequire(import.meta.url)(args.path).default;
      const text = Array.from(table, (code) => String.fromCharCode(code)).join('');
      return {
        loader: 'js',
        contents:
          // The table is the string's UTF-16 code units: little-endian bytes (swapped on a big-endian
          // machine) seen as 16-bit numbers.
          "Object.defineProperty(exports, '__esModule', { value: true });\n" +
          `const bytes = Buffer.from(${JSON.stringify(text)}, 'utf16le');\n` +
          'if (new Uint8Array(Uint16Array.of(1).buffer)[0] === 0) bytes.swap16();\n' +
          'exports.default = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);',
      };
    });
  },
};

/** The built-in templates compiled now rather than at every start (src/render/precompiled.ts). */
const precompiled = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]render[\\/]precompiled\.ts$/ }, async () => {
      // tsc has just built dist/: the same code that reads templates at run time compiles them here.
      const { precompiledSource } = await import(new URL('render/templates.js', compiled).href);
      return { loader: 'js', contents: `export const PRECOMPILED = ${await precompiledSource()};` };
    });
  },
};

/** The Note Well's QR code made now, by the code that would make it at run time (src/ietf/qr-codes.ts). */
const qrCodes = {
  name: 'qr-codes',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]ietf[\\/]qr-codes\.ts$/ }, async () => {
      const { NOTE_WELL_QR_URL, qrCodeSvg } = await import(new URL('ietf/texts.js', compiled).href);
      const codes = { [NOTE_WELL_QR_URL]: await qrCodeSvg(NOTE_WELL_QR_URL) };
      return { loader: 'js', contents: `export const QR_CODES = ${JSON.stringify(codes)};` };
    });
  },
};

/**
 * A bundle for one command: the command table (src/cli/commands.ts) lists that command alone, so the
 * bundle holds only the modules it runs.
 */
const onlyCommand = (command) => ({
  name: 'only-command',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]cli[\\/]commands\.ts$/ }, () => ({
      loader: 'ts',
      contents: `export const COMMANDS = { ${command}: () => import('./${command}.js') };`,
    }));
  },
});

// The whole CLI, and `validate` alone, which must start in a fifth of a second: each bundle's code cache
// is trained on its `command` (below), which scripts/bin.cjs runs from its own bundle if it has one. The
// training runs take the sample decks, which between them have every kind of slide: a function that
// training never ran is compiled at every start that runs it.
const scratch = mkdtempSync(join(tmpdir(), 'wgdeck-train-'));
const decksDir = fileURLToPath(new URL('../decks/', import.meta.url));
const decks = trainingDecks.length
  ? trainingDecks.map((f) => fileURLToPath(new URL(`../${f}`, import.meta.url)))
  : readdirSync(decksDir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(decksDir, f));
const BUNDLES = [
  // TurboFan, V8's optimizing compiler, waits 15 times longer than by default before compiling a hot
  // function: in a PDF build of 20 decks its compiling, on the core Chromium prints with, cost more than
  // its code saved (a third of wgdeck's CPU time; 2.4 s instead of 2.8 s). What a long run keeps calling
  // is still optimized: an HTML build of 60 decks, which has no browser, takes 0.1 s longer.
  {
    name: 'wgdeck',
    v8Flags: ['--interrupt-budget=1000000'],
    training: ['build', '--html', '--quiet', '--out', scratch, ...decks],
  },
  // Without TurboFan, V8's optimizing compiler: in a run as short as validate's (even of 20 decks), its
  // compiling costs more than its code saves (a third of the CPU time, a tenth of the wall time).
  { name: 'wgdeck.validate', command: 'validate', v8Flags: ['--no-opt'], training: ['validate', ...decks] },
];

rmSync(outdir, { recursive: true, force: true });
/** Builds one bundle; its name, hash and V8 flags, for scripts/bin.cjs. */
async function bundleOne({ name, command, v8Flags }) {
  await build({
    entryPoints: { [name]: 'src/cli/main.ts' },
    outdir: outdir.pathname,
    bundle: true,
    // CommonJS, so that scripts/bin.cjs can compile it with V8's code cache (ES modules have none in
    // Node 20); esbuild turns each lazy import() into a function that runs that module's code on first call.
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    target: 'node20',
    plugins: [
      builtinsRequired,
      noMath,
      noDownloads,
      lazyLanguages,
      yamlModules,
      oneMarkdownIt,
      entitiesDecoder,
      precompiled,
      qrCodes,
      ...(command ? [onlyCommand(command)] : []),
    ],
    define: { 'import.meta.url': '__wgdeckUrl' },
    banner: { js: "var __wgdeckUrl = require('node:url').pathToFileURL(__filename).href;" },
    // Half the bytes to read and parse at every start; names are kept for the code that reads them.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  // The bundle runs inside a function (scripts/bin.cjs), where a `#!` line is a syntax error. It is made
  // all ASCII (esbuild leaves a few characters in regular expressions, where \uXXXX means the same, also
  // as surrogate pairs under /u), so that scripts/bin.cjs reads it as latin1, several times faster than UTF-8.
  const bundle = new URL(`${name}.cjs`, outdir);
  const ascii = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const text = readFileSync(bundle, 'utf8')
    .replace(/^#!.*\n/, '')
    .replace(/[^\0-\x7f]/g, ascii);
  writeFileSync(bundle, text);
  return [name, { hash: createHash('sha256').update(text).digest('hex').slice(0, 16), v8Flags }];
}
// The bundles are built, and below trained, at the same time: each spends much of its time waiting.
const bundles = Object.fromEntries(await Promise.all(BUNDLES.map(bundleOne)));

// The HTML viewer's browser script is read at run time from beside the module that inlines it
// (src/render/viewer/index.ts), which is now the bundle: tsc has compiled it, copy it there.
copyFileSync(new URL('render/viewer/client.js', compiled), new URL('client.js', outdir));

// The bin keeps its name, dist/bin/wgdeck.js, in a package of ES modules: this folder is of CommonJS,
// which starts faster (scripts/bin.cjs).
const bin = new URL('wgdeck.js', outdir);
writeFileSync(
  bin,
  readFileSync(new URL('bin.cjs', import.meta.url), 'utf8').replace("'BUNDLES'", JSON.stringify(bundles)),
);
chmodSync(bin, 0o755);
writeFileSync(new URL('package.json', outdir), '{ "type": "commonjs" }\n');

// V8's code caches (dist/bin/<bundle>.cache), each holding what its command compiled (scripts/bin.cjs).
try {
  await Promise.all(
    BUNDLES.map(({ training }) =>
      promisify(execFile)(process.execPath, [fileURLToPath(bin), ...training], {
        env: { ...process.env, WGDECK_CODE_CACHE: 'train' },
      }).catch((e) => {
        process.stderr.write(e.stderr ?? '');
        throw e;
      }),
    ),
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
