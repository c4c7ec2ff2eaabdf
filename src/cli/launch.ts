/**
 * Start-up. Node 20 parses and compiles every module of the CLI at every
 * start (it has no compile cache for modules), which is most of a one-page
 * run. The build also writes the CLI as one CommonJS file (`maqal.cjs`) and
 * V8's code cache of it (`maqal.cache`, compiled code kept from a warm-up
 * run): the launcher runs that file from the cache when it can, and the
 * modules themselves otherwise. Both run the same compiled sources.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** What the launcher calls. */
export interface CliEntry {
  runProcess(): Promise<number>;
}

const DIR = dirname(fileURLToPath(import.meta.url));

/**
 * The function Node wraps a CommonJS module in: the bundle is written inside it, so that the source read is
 * the script compiled (the code cache matches only the same source).
 */
export const WRAPPER = { head: '(function (exports, require, module, __filename, __dirname) {', tail: '\n})' };

/** The bundle and its cache, beside this module. */
export const BUNDLE = { code: join(DIR, 'maqal.cjs'), cache: join(DIR, 'maqal.cache') };

/** The CLI: from the bundle when it is there and current, else from its modules. */
export async function loadCli(): Promise<CliEntry> {
  const bundle = currentBundle();
  if (bundle === null) return import('./main.js');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(BUNDLE.cache);
  } catch {
    // No cache: the bundle is compiled as any script is.
  }
  return compileBundle(bundle, cachedData).run();
}

/**
 * The source of the bundle in `dir`, or null when it is missing or older than
 * the modules: `tsc` writes every module at each run, so a `main.js` newer than
 * the bundle means a build that left the bundle stale.
 */
export function currentBundle(dir = DIR): string | null {
  const code = join(dir, 'maqal.cjs');
  try {
    if (statSync(join(dir, 'main.js')).mtimeMs > statSync(code).mtimeMs) return null;
    return readFileSync(code, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The bundle compiled as Node compiles a CommonJS module (the file holds the
 * same wrapper, see `WRAPPER`). A cache V8 rejects (another Node, other
 * flags) is ignored: the script is compiled from its source.
 */
export function compileBundle(source: string, cachedData?: Buffer): { script: Script; run(): CliEntry } {
  const script = new Script(source, {
    filename: BUNDLE.code,
    ...(cachedData ? { cachedData } : {}),
  });
  return {
    script,
    run(): CliEntry {
      const module = { exports: {} as CliEntry };
      const wrapper = script.runInThisContext() as (e: object, r: NodeJS.Require, m: object, f: string, d: string) => void;
      wrapper(module.exports, createRequire(BUNDLE.code), module, BUNDLE.code, DIR);
      return module.exports;
    },
  };
}
