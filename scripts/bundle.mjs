// Bundles the `wgdeck` command into dist/bin/ (run by `npm run build`, after tsc). A cold start of
// the unbundled CLI spends most of its time finding and compiling hundreds of module files; one
// file per command (split where the code imports lazily) loads in a fraction of that. The library
// (dist/index.js) stays tsc's output, so programs importing wgdeck load it module by module.
import { build } from 'esbuild';
import { copyFileSync, rmSync } from 'node:fs';

const outdir = new URL('../dist/bin/', import.meta.url).pathname;

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
        "module.exports = require('node:module')" +
        `.createRequire(require.resolve('@marp-team/marp-core'))(${JSON.stringify(args.path)});`,
    }));
  },
};

/** The built-in templates compiled now rather than at every start (src/render/precompiled.ts). */
const precompiled = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]render[\\/]precompiled\.ts$/ }, async () => {
      // tsc has just built dist/: the same code that reads templates at run time compiles them here.
      const { precompiledSource } = await import('../dist/render/templates.js');
      return { loader: 'js', contents: `export const PRECOMPILED = ${precompiledSource()};` };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { wgdeck: 'src/cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [noMath, noDownloads, lazyLanguages, precompiled],
  // The CommonJS packages inside an ES module bundle still call require() for Node's own modules.
  banner: {
    js:
      'import { createRequire as __wgdeckRequire } from ' +
      "'node:module'; const require = __wgdeckRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});

// The HTML viewer's browser script is read at run time from beside the module that inlines it
// (src/render/viewer/index.ts), which the bundle puts in chunks/: tsc has compiled it, copy it there.
copyFileSync(
  new URL('../dist/render/viewer/client.js', import.meta.url),
  new URL('../dist/bin/chunks/client.js', import.meta.url),
);
