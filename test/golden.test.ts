/**
 * Golden documents: every fixture parses to exactly its expected.json, and
 * every golden validates against the JSON Schema. A missing golden is written
 * on a developer's machine and fails under CI=true; review golden diffs like code.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleJsonSchema } from '../src/model/schema.js';
import { Parser } from '../src/parse.js';
import { FIXTURES, fixtureBytes, fixtureSlugs } from './helpers.js';

const parser = new Parser();
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(articleJsonSchema());

describe('golden fixtures', () => {
  const slugs = fixtureSlugs();

  it('has at least twelve fixtures', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(12);
  });

  for (const slug of slugs) {
    it(slug, () => {
      const result = parser.parseBytes(fixtureBytes(slug), `fixtures/${slug}/input.txt`);
      if (!result.ok) throw new Error(result.reason);
      const actual = JSON.stringify(result.analysis.article, null, 2) + '\n';
      const goldenPath = join(FIXTURES, slug, 'expected.json');
      if (!existsSync(goldenPath)) {
        if (process.env.CI) throw new Error(`missing golden ${goldenPath}: run node scripts/fixture.mjs update ${slug}`);
        writeFileSync(goldenPath, actual);
      }
      const golden = readFileSync(goldenPath, 'utf8');
      expect(JSON.parse(actual)).toEqual(JSON.parse(golden));
      expect(actual).toBe(golden);
    });

    it(`${slug}: every line keeps its block and the rule that placed it`, () => {
      const result = parser.parseBytes(fixtureBytes(slug), `fixtures/${slug}/input.txt`);
      if (!result.ok) throw new Error(result.reason);
      const actual = result.analysis.lines.filter((l) => l.type).map((l) => `${l.n}\t${l.type}\t${l.rule}`).join('\n') + '\n';
      const path = join(FIXTURES, slug, 'expected.lines.tsv');
      if (!existsSync(path)) {
        if (process.env.CI) throw new Error(`missing golden ${path}: run node scripts/fixture.mjs update ${slug}`);
        writeFileSync(path, actual);
      }
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });

    it(`${slug} golden matches the JSON Schema`, () => {
      const goldenPath = join(FIXTURES, slug, 'expected.json');
      if (!existsSync(goldenPath)) return;
      const ok = validate(JSON.parse(readFileSync(goldenPath, 'utf8')));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }
});
