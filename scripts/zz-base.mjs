#!/usr/bin/env node
// Layout probe (needs a build: npm run build): pages composed from the fixtures'
// stories and the page furniture of scripts/layouts.json, put together at random
// the way sites do (menus and mastheads over the headline; dates, bylines, tools
// and captions under it; a box between the first two paragraphs; lists, tags and
// footers after the story), each checked for the fixture's headline and story.
// Prints, per furniture family, how many pages lost their headline or a story
// paragraph or took a furniture line into the story: where to look next.
//
//   npm run layouts                     4,000 pages, seed 1
//   npm run layouts -- --pages 10000 --seed 7
//   npm run layouts -- --show 5         and the first five failing pages
//   npm run layouts -- --lists          lists of other stories after the story instead (labels,
//                                       bullets, and the line each headline carries: a date, an
//                                       author, a counter, a link, a section), each checked for
//                                       its headlines too
//   npm run layouts -- --lists --mid    such a list between the story's first two paragraphs
//   npm run layouts -- --embedded       one or two other stories printed whole after the story
//                                       (a label, the headline, its date or author, its paragraphs),
//                                       each checked for its headline and paragraphs
//
// A probe, not a test: some layouts stay ambiguous (see the README). It exits 0.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from '/tmp/wt-head/dist/index.js';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const pages = option('--pages', 4000);
let seed = option('--seed', 1);
const show = option('--show', 0);
const root = fileURLToPath(new URL('..', import.meta.url));
const { '//': _about, lists, embedded, ...palette } = JSON.parse(readFileSync(join(root, 'scripts', 'layouts.json'), 'utf8'));
const embedMode = args.includes('--embedded');
const listMode = args.includes('--lists') && !embedMode;
const listInside = listMode && args.includes('--mid');
const parser = new Parser();
// A reader that stops early (`| head`) ends the probe quietly.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

// mulberry32: the same seed, the same pages.
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];

// Stories: fixtures whose headline and paragraphs (six words each at least) parse alone as themselves.
const dir = join(root, 'fixtures');
const stories = [];
for (const slug of readdirSync(dir).sort()) {
  if (!existsSync(join(dir, slug, 'expected.json'))) continue;
  const { title, body } = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8'));
  if (!title || body.length < 2 || body.some((b) => b.includes('\n') || b.split(' ').length < 6) || body[0].split(' ').length < 12) continue;
  const alone = parser.parse([title, '', ...body.flatMap((b) => [b, ''])].join('\n'));
  if (alone.title === title && JSON.stringify(alone.body) === JSON.stringify(body)) stories.push({ slug, title, body });
}

/** Up to `max` families of a slot, each once, one variant each: [family names, lines]. */
function slot(name, max) {
  const used = [];
  const lines = [];
  const families = Object.keys(palette[name]);
  for (let n = Math.floor(random() * (max + 1)); n > 0; n--) {
    const family = pick(families);
    if (used.includes(`${name}:${family}`)) continue;
    used.push(`${name}:${family}`);
    lines.push(...pick(palette[name][family]));
  }
  return [used, lines];
}

const tally = new Map();
const count = (key, failed) => {
  const t = tally.get(key) ?? [0, 0];
  t[0]++;
  if (failed) t[1]++;
  tally.set(key, t);
};
let shown = 0;

/** A list of `k` other stories' headlines after the story, as --lists composes it: [families, lines, headlines]. */
function list(story) {
  const label = pick(lists.labels);
  const bullet = pick(lists.bullets);
  const kind = pick(Object.keys(lists.carries));
  const over = kind === 'section' && random() < 0.5;
  const headlines = [];
  const ledes = [];
  for (let k = 2 + Math.floor(random() * 5), tries = 0; headlines.length < k && tries < 100; tries++) {
    const other = pick(stories);
    const h = other.title;
    if (h !== story.title && h.split(' ').length >= 4 && !headlines.includes(h)) {
      headlines.push(h);
      ledes.push(other.body[0]);
    }
  }
  const spaced = random() < 0.5;
  const lines = [label];
  // (Teasers differ from item to item, as each sums up its own story.)
  const teasers = [...lists.carries.teaser].sort(() => random() - 0.5);
  headlines.forEach((h, k) => {
    const own = kind === 'none' ? [] : [kind === 'teaser' ? teasers[k % teasers.length] : pick(lists.carries[kind])];
    // (The headline's own story: its first paragraph, or its first sentence.)
    if (own[0] === '{lede}') own[0] = ledes[k];
    else if (own[0] === '{sentence}') own[0] = /^.*?[.!؟?](?=\s|$)/u.exec(ledes[k])?.[0] ?? ledes[k];
    const b = bullet.replace('{n}', String(k + 1)).replace('{a}', '١٢٣٤٥٦٧٨٩'[k]);
    for (const l of over ? [...own, b + h] : [b + h, ...own]) lines.push(...(spaced ? ['', l] : [l]));
  });
  const used = [`label:${label}`, `bullet:${bullet.replace('{n}', '1').replace('{a}', '١').trim() || 'none'}`, `carries:${kind}${over ? '-over' : ''}`, spaced ? 'spaced' : 'tight'];
  // (Inside the story, no page chrome after the list: it would end the story there.)
  return [used, listInside ? lines : [...lines, ...pick(lists.after)], headlines];
}

/** One or two other stories printed whole after the story, as --embedded composes them: [families, lines, items]. */
function embeds(story) {
  const used = [];
  const lines = [];
  const items = [];
  const spaced = random() < 0.7;
  const push = (l) => lines.push(...(spaced && lines.length ? ['', l] : [l]));
  for (let k = random() < 0.7 ? 1 : 2, tries = 0; items.length < k && tries < 100; tries++) {
    const other = pick(stories);
    if (other === story || items.some((i) => i.headline === other.title)) continue;
    const label = pick(embedded.labels);
    const join = pick(embedded.joins);
    const metaKind = pick(Object.keys(embedded.meta));
    const dateline = pick(embedded.datelines);
    const body = other.body.slice(0, 2 + Math.floor(random() * (other.body.length - 1)));
    const paragraphs = body.map((p, j) => (j === 0 ? dateline + p : p));
    const bare = label.replace(/:$/u, '');
    if (join === 'line') push(label), push(other.title);
    else push(`${bare}${join === 'colon' ? ': ' : ' - '}${other.title}`);
    for (const m of embedded.meta[metaKind]) push(m);
    for (const p of paragraphs) push(p);
    items.push({ headline: other.title, body: paragraphs });
    used.push(`label:${label}`, `join:${join}`, `meta:${metaKind}`, `dateline:${dateline ? 'yes' : 'no'}`);
  }
  used.push(items.length > 1 ? 'two' : 'one', spaced ? 'spaced' : 'tight');
  return [used, [...lines, ...pick(lists.after)], items];
}

for (let n = 0; n < pages; n++) {
  const story = pick(stories);
  const [preUsed, pre] = slot('pre', 3);
  const [postUsed, post] = slot('post', 3);
  const [tailUsed, tail, headlines] = embedMode ? embeds(story) : listMode ? list(story) : slot('tail', 3);
  const [midUsed, mid] = listMode ? [[], []] : slot('mid', 1);
  const gap = random() < 0.5 ? '\n\n' : '\n';
  const header = [...pre, story.title, ...post].join(random() < 0.5 ? '\n' : '\n\n');
  const box = listInside ? tail : mid;
  const body = box.length ? [story.body[0], box.join(listInside || random() < 0.5 ? '\n' : '\n\n'), ...story.body.slice(1)] : story.body;
  const text = header + gap + body.join(gap) + gap + (listInside ? '' : tail.join('\n'));
  const article = parser.parse(text);
  const why = [];
  if (article.title !== story.title) why.push(`headline ${JSON.stringify(article.title)}`);
  const lost = story.body.filter((p) => !article.body.includes(p)).length;
  if (lost) why.push(`${lost} of ${story.body.length} paragraphs lost`);
  const extra = article.body.filter((p) => !story.body.includes(p));
  if (extra.length) why.push(`furniture in the story: ${JSON.stringify(extra[0])}`);
  if (embedMode) {
    const got = article.related.flatMap((r) => r.items);
    const missing = headlines.filter((h) => !got.some((i) => i.headline === h.headline)).length;
    if (missing) why.push(`${missing} of ${headlines.length} headlines lost`);
    const short = headlines.filter((h) => got.some((i) => i.headline === h.headline && JSON.stringify(i.body ?? []) !== JSON.stringify(h.body)));
    if (short.length) why.push(`another story's paragraphs differ: ${JSON.stringify(got.find((i) => i.headline === short[0].headline)?.body ?? [])}`);
    // (A box between the story's paragraphs has its own headlines: those are not this list's.)
    const other = got.find((i) => !headlines.some((h) => h.headline === i.headline) && !mid.some((l) => l.includes(i.headline)));
    if (other !== undefined) why.push(`not a headline in the list: ${JSON.stringify(other.headline)}`);
  } else if (headlines) {
    const got = article.related.flatMap((r) => r.items.map((i) => i.headline));
    const missing = headlines.filter((h) => !got.includes(h)).length;
    if (missing) why.push(`${missing} of ${headlines.length} headlines lost`);
    const other = got.find((h) => !headlines.includes(h));
    if (other !== undefined) why.push(`not a headline in the list: ${JSON.stringify(other)}`);
  }
  const used = [...preUsed, ...postUsed, ...tailUsed, ...midUsed];
  for (const u of used) count(u, why.length > 0);
  count('all pages', why.length > 0);
  if (why.length && shown < show) {
    shown++;
    process.stdout.write(`--- ${story.slug} [${used.join(', ')}]: ${why.join('; ')}\n${text}\n`);
  }
}
const rows = [...tally].sort((a, b) => b[1][1] / b[1][0] - a[1][1] / a[1][0]);
for (const [key, [n, failed]] of rows) process.stdout.write(`${key.padEnd(24)} ${String(failed).padStart(5)} / ${String(n).padEnd(6)} ${((failed / n) * 100).toFixed(1)}%\n`);
process.stdout.write(`${stories.length} stories, ${pages} pages, seed ${option('--seed', 1)}\n`);
