/** The README's usage and field tables are generated from the program: they must be current. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('shows the current --help of every command and the current JSON fields (run node scripts/readme.mjs)', async () => {
    // @ts-expect-error: a plain .mjs helper shared with scripts/readme.mjs
    const { readmeBlocks } = (await import('../scripts/readme-blocks.mjs')) as { readmeBlocks: () => Promise<[string, string, string][]> };
    for (const [open, close, body] of await readmeBlocks()) {
      const a = readme.indexOf(open);
      const b = readme.indexOf(close, a);
      expect(a, open).toBeGreaterThanOrEqual(0);
      expect(readme.slice(a + open.length, b)).toBe('\n' + body);
    }
  });

  it('gives the two quick-start commands', () => {
    expect(readme).toContain('npm ci && npx maqal fixtures/');
    expect(readme).toContain('npm ci && npm test');
  });
});
