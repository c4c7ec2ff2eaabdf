// The generated blocks of README.md: [open marker, close marker, body].
import { PassThrough, Readable } from 'node:stream';
import { main } from '../dist/cli/main.js';
import { articleJsonSchema } from '../dist/model/schema.js';
import { PASSES } from '../dist/segment/assemble.js';
import { LINE_RULES } from '../dist/segment/classify.js';
import { RULES } from '../dist/segment/rules.js';

export const USAGE_COMMANDS = ['', 'parse', 'normalize', 'inspect', 'date', 'schema', 'chrome count', 'chrome merge', 'dedup count', 'dedup merge', 'dedup apply'];

async function help(command) {
  const out = new PassThrough();
  let text = '';
  out.on('data', (d) => (text += d));
  const argv = [...command.split(' ').filter(Boolean), '--help'];
  await main({ argv, stdin: Readable.from([]), stdout: out, stderr: new PassThrough(), env: { COLUMNS: '100' }, cwd: process.cwd() });
  return text;
}

function fieldRows(schema, prefix = '') {
  const rows = [];
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const key = prefix + name;
    const type = prop.type === 'array' ? `array of ${prop.items?.type ?? 'values'}`
      : Array.isArray(prop.type) ? prop.type.join(' or ')
      : Array.isArray(prop.anyOf) ? prop.anyOf.map((x) => x.type).join(' or ')
      : prop.type ?? 'value';
    rows.push(`| \`${key}\` | ${type} | ${(prop.description ?? '').replace(/\|/g, '\\|')} |`);
    if (prop.type === 'object') rows.push(...fieldRows(prop, key + '.'));
    // A nullable object: its fields too.
    const member = Array.isArray(prop.anyOf) ? prop.anyOf.find((x) => x.type === 'object') : undefined;
    if (member) rows.push(...fieldRows(member, key + '.'));
    if (prop.type === 'array' && prop.items?.type === 'object') rows.push(...fieldRows(prop.items, key + '[].'));
  }
  return rows;
}

export async function readmeBlocks() {
  const blocks = [];
  for (const command of USAGE_COMMANDS) {
    const text = await help(command);
    if (!text.trim()) continue;
    blocks.push([`<!-- usage:${command || 'maqal'} -->`, '<!-- /usage -->', '```\n' + text.trimEnd() + '\n```\n']);
  }
  const schema = articleJsonSchema();
  blocks.push(['<!-- schema:fields -->', '<!-- /schema -->', ['| field | type | meaning |', '|---|---|---|', ...fieldRows(schema)].join('\n') + '\n']);
  const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
  blocks.push(['<!-- rules:line -->', '<!-- /rules -->', table(['order', 'line rule', 'why here'], LINE_RULES.map(([id, , why], k) => [String(k + 1), `\`${id}\``, why]))]);
  blocks.push(['<!-- rules:passes -->', '<!-- /rules -->', table(['order', 'pass', 'why here'], PASSES.map(([id, , why], k) => [String(k + 1), `\`${id}\``, why]))]);
  blocks.push(['<!-- rules:all -->', '<!-- /rules -->', table(['rule id', 'why'], Object.entries(RULES).map(([id, why]) => [`\`${id}\``, why.replace(/\|/g, '\\|')]))]);
  return blocks;
}
