/**
 * Model building: turns the assembler's decisions into the Article object,
 * with the lossless block map and the warnings.
 */
import type { Article, Block, BlockType, RelatedSection, Warning } from '../model/article.js';
import { SCHEMA_VERSION } from '../model/article.js';
import type { Assembly } from './assemble.js';
import type { ClassifyContext, Cue } from './classify.js';
import { cleanValue } from './classify.js';
import type { Line } from './lines.js';
import { StoryIndex, splitTags } from './tags.js';

export interface BuildInput {
  lines: readonly Line[];
  cues: readonly (Cue | null)[];
  assembly: Assembly;
  ctx: ClassifyContext;
  input: Article['input'];
  warnings: Warning[];
}

// `... - المصدر: X` at the end of the last paragraphs.
const TRAILING_SOURCE = /[-–—|]\s*المصدر\s*[:：]\s*([^.،\n]{2,60}?)\s*\.?$/u;
// A dateline opening the first paragraph: `جدة - واس:`, `القاهرة - (أ ش أ):`, `طهران -`.
const DATELINE_PREFIX = /^((?:[\p{L}]+\s){0,1}[\p{L}]+)\s*[،,]?\s*[-–—ـ]\s*(?:(\(?[\p{L}\s.]{1,25}?\)?)\s*[:：]\s*)?/u;

export function buildArticle({ lines, cues, assembly, ctx, input, warnings }: BuildInput): Article {
  const { decisions, sections } = assembly;
  const text = (i: number) => lines[i]!.text;
  const indices = (type: BlockType) => decisions.flatMap((d, i) => (d?.type === type ? [i] : []));

  const bodyIdx = indices('body');
  const body = bodyIdx.map(text);
  const title = assembly.title >= 0 ? text(assembly.title) : null;

  const firstValue = (group: Cue['group'], type: BlockType): string | null => {
    for (const i of indices(type)) {
      const cue = cues[i];
      if (cue && cue.group === group && 'value' in cue && cue.value) return cue.value;
    }
    return null;
  };

  let source = firstValue('source', 'source') ?? firstValue('agency', 'source');
  if (source === null) {
    for (const i of bodyIdx.slice(-3)) {
      const m = TRAILING_SOURCE.exec(text(i));
      if (m) source = cleanValue(m[1]!);
    }
  }

  const byline = firstValue('byline', 'byline');
  let dateline = firstValue('dateline', 'dateline');
  if (dateline === null && bodyIdx.length > 0 && decisions[bodyIdx[0]!]!.rule === 'paragraph') {
    dateline = datelineOf(text(bodyIdx[0]!), ctx);
  }
  const dateIdx = indices('date')[0];
  const date = dateIdx !== undefined ? cleanValue(text(dateIdx)) : null;

  const lexicon = new Set(lines.flatMap((l) => l.keyWords));
  const story = new StoryIndex(title ? [title, ...body] : body, ctx.folder, lexicon);
  const tags: string[] = [];
  const seenTags = new Set<string>();
  for (const t of assembly.tags) {
    for (const tag of t.split ? splitTags(t.value, story, ctx.folder) : [t.value.trim()]) {
      const key = ctx.folder.key(tag);
      if (!key || seenTags.has(key)) continue;
      seenTags.add(key);
      tags.push(tag);
    }
  }

  const related: RelatedSection[] = sections.map((s) => ({
    kind: s.kind,
    label: s.label,
    items: s.items.map((it) => ({ headline: it.headline, body: it.body.map(text) })),
  }));

  const boilerplate = indices('boilerplate').map(text);
  const blocks = blockMap(assembly);
  duplicateWarnings(lines, assembly, ctx, warnings);
  if (lines.every((l) => l.blank)) warnings.push({ code: 'empty', message: 'the input holds no text', line: 0 });
  else if (body.length === 0) warnings.push({ code: 'no-body', message: 'no story paragraphs were found', line: 0 });

  return {
    schemaVersion: SCHEMA_VERSION,
    input,
    title,
    byline,
    dateline,
    date,
    body,
    source,
    tags,
    related,
    boilerplate,
    blocks,
    warnings,
  };
}

/** The dateline a first paragraph opens with, or null. */
function datelineOf(paragraph: string, ctx: ClassifyContext): string | null {
  const m = DATELINE_PREFIX.exec(paragraph);
  if (!m) return null;
  const place = m[1]!;
  if (m[2]) return cleanValue(`${place} - ${m[2]}`);
  // Without an agency, only a short place name followed by a dash counts.
  if (place.split(/\s+/).length > 2 || ctx.cues.kickerStarts.has(ctx.folder.key(place).split(' ')[0] ?? '')) return null;
  return place;
}

/** Runs of lines with the same type (and section), blank lines inside a run included. */
function blockMap(assembly: Assembly): Block[] {
  const blocks: Block[] = [];
  let runKey = '';
  for (let i = 0; i < assembly.decisions.length; i++) {
    const d = assembly.decisions[i];
    if (!d) continue;
    const key = d.type === 'related' ? `related:${d.section}` : d.type;
    const last = blocks[blocks.length - 1];
    if (last && key === runKey) last.to = i + 1;
    else {
      blocks.push({ type: d.type, from: i + 1, to: i + 1 });
      runKey = key;
    }
  }
  return blocks;
}

/** Repeated headlines and paragraphs stay in place and are reported once each. */
function duplicateWarnings(lines: readonly Line[], assembly: Assembly, ctx: ClassifyContext, warnings: Warning[]): void {
  const first = new Map<string, number>();
  const reported = new Set<string>();
  const check = (key: string, i: number) => {
    if (key.split(' ').length < 3) return;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else if (!reported.has(key)) {
      reported.add(key);
      warnings.push({ code: 'duplicate', message: `line ${i + 1} repeats line ${seen + 1}`, line: i + 1 });
    }
  };
  assembly.decisions.forEach((d, i) => {
    if (!d) return;
    if (d.type === 'title' || d.type === 'body') check(lines[i]!.key, i);
    else if (d.type === 'related' && d.role !== 'label') {
      const s = assembly.sections[d.section!]!;
      const item = s.items[d.item!];
      check(d.role === 'headline' && item ? ctx.folder.key(item.headline) : lines[i]!.key, i);
    }
  });
}
