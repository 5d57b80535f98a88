// Bundles the `wgdeck` command into dist/bin/ (run by `npm run build`, after tsc). A cold start of
// the unbundled CLI spends most of its time finding and compiling hundreds of module files; one
// file per command (split where the code imports lazily) loads in a fraction of that. The library
// (dist/index.js) stays tsc's output, so programs importing wgdeck load it module by module.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

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
      contents: `module.exports = new Proxy({}, { get: (_, key) => key === '__esModule' ? false : key === 'version' ? '0' : () => { throw new Error('math is turned off in wgdeck'); } });`,
    }));
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
  plugins: [noMath],
  // The CommonJS packages inside an ES module bundle still call require() for Node's own modules.
  banner: { js: "import { createRequire as __wgdeckRequire } from 'node:module'; const require = __wgdeckRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
