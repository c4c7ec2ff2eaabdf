#!/usr/bin/env node
// The CLI as one CommonJS file and V8's code cache of it (see src/cli/launch.ts):
// run after tsc by `npm run build`. The cache is made after a warm-up run over a
// few composed pages, so it holds the code a parse runs, not only the top level.
//
//   node scripts/bundle.mjs            bundle and cache
//   node scripts/bundle.mjs --no-cache the bundle alone
import { readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Eight pages warm as much of the parser as forty do (a start of 154 ms either way, 172 with no warm-up).
const WARM_UP_PAGES = 8;
const root = fileURLToPath(new URL('..', import.meta.url));
const { BUNDLE, WRAPPER, compileBundle } = await import(join(root, 'dist/cli/launch.js'));

/**
 * commander goes into the bundle and its cache too: the module that loads it for the
 * modules' own start (with `require`, sparing Node a scan of its source) is replaced
 * here by a plain import of the same four classes.
 */
const bundledCommander = {
  name: 'bundled-commander',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]cli[\\/]commander\.js$/ }, () => ({
      contents: "export { Command, CommanderError, InvalidArgumentError, Option } from 'commander';",
      loader: 'js',
      resolveDir: join(root, 'dist/cli'),
    }));
  },
};

/** Our own modules that a pipe never loads: the same on-demand modules, found from the bundle's folder. */
const ON_DEMAND = /[\\/]dist[\\/](render[\\/](display|pretty|text|table|visual|width)|model[\\/]schema)\.js$/;
const onDemandModules = {
  name: 'on-demand-modules',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const found = resolve(args.resolveDir, args.path);
      if (!ON_DEMAND.test(found)) return undefined;
      return { path: './' + relative(dirname(BUNDLE.code), found).split(sep).join('/'), external: true };
    });
  },
};

// A stale cache must never sit beside a new bundle (V8 would reject it, but at a cost).
rmSync(BUNDLE.cache, { force: true });
await build({
  entryPoints: [join(root, 'dist/cli/main.js')],
  outfile: BUNDLE.code,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The modules find their files (package.json, the worker, the libraries) from their own URL:
  // the bundle sits among them in dist/cli, so the same relative paths hold.
  define: { 'import.meta.url': '__maqal_url' },
  // A script run by `vm` has no `import()`: the modules left out are loaded with `require`.
  supported: { 'dynamic-import': false },
  // The file is the function Node wraps a CommonJS module in, written out: the launcher compiles it as read,
  // with no copy of a megabyte of source to wrap it (see WRAPPER in src/cli/launch.ts).
  banner: { js: `${WRAPPER.head}const __maqal_url = require('node:url').pathToFileURL(__filename).href;` },
  footer: { js: WRAPPER.tail },
  // What only some runs load stays out, loaded on demand as before (Node >= 20.19 requires ES
  // modules): the terminal views and their libraries, the glob library, the JSON Schema writer.
  external: ['chalk', 'cli-table3', 'bidi-js', 'arabic-reshaper', 'get-east-asian-width', 'tinyglobby', 'zod'],
  plugins: [bundledCommander, onDemandModules],
  logLevel: 'warning',
});

if (!process.argv.includes('--no-cache')) {
  const { script, run } = compileBundle(readFileSync(BUNDLE.code, 'utf8'));
  const cli = run();
  // Warm-up: the pages of a few fixtures through the JSON output, as a pipe would run it.
  const fixtures = join(root, 'fixtures');
  const pages = readdirSync(fixtures).sort().slice(0, WARM_UP_PAGES).map((d) => join(fixtures, d, 'input.txt'));
  const sink = () => new PassThrough().resume();
  await cli.main({ argv: ['parse', '-f', 'ndjson', ...pages], stdin: new PassThrough(), stdout: sink(), stderr: sink(), env: {}, cwd: root });
  writeFileSync(BUNDLE.cache, script.createCachedData());
}
