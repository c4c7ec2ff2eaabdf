#!/usr/bin/env node
// Regenerates test/data/visual/fribidi.json: for every distinct non-empty line of
// the fixtures (normalised with clean), plus mixed-text cases, the visual string
// GNU FriBidi gives for the same shaped text:
//   fribidi --nopad --nobreak --reordernsm     (U+FEFF fillers removed)
// --reordernsm is FriBidi's own flag for the step maqal also does: combining marks
// after their base letter. FriBidi (Debian: libfribidi-bin) is a reference used
// once, here; the tests read the JSON and never run it. Needs a build.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Normalizer } from '../dist/normalize/engine.js';
import { shape } from '../dist/render/visual.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const clean = new Normalizer('clean');
const lines = new Set();
for (const d of readdirSync(join(root, 'fixtures')).sort()) {
  const f = join(root, 'fixtures', d, 'input.txt');
  if (!existsSync(f)) continue;
  for (const l of readFileSync(f, 'utf8').replace(/^\ufeff/, '').split(/\r\n|\r|\n/)) {
    const t = clean.line(l);
    if (t) lines.add(t);
  }
}
const mixed = [
  'موعد الاجتماع 2024/12/05 الساعة 10:30 صباحا',
  'زوروا الموقع https://example.org/ar/news?id=42 لمزيد من التفاصيل',
  'قال (الوزير) إن «الخطة» [الجديدة] {تبدأ} غدا',
  'سعر البرميل 85.5 دولارا، بارتفاع 2.3% عن أمس',
  'شركة Apple تطلق هاتف iPhone 16 في الأسواق العربية',
  'Breaking: الحكومة تستقيل',
  'مُحَمَّدٌ رَسُولُ اللَّهِ وَلَا إِلَهَ إِلَّا اللَّهُ',
  'الرمز 😀 في النص العربي',
  'الأرقام ٣٫٥ و١٬٢٠٠ بالهندية',
  '(أ ف ب، رويترز)',
  'hello world',
  'e\u0301 café naïve مع تعليق',
];
for (const m of mixed) lines.add(m);
const cases = [];
for (const logical of lines) {
  const shaped = shape(logical);
  const visual = execFileSync('fribidi', ['--nopad', '--nobreak', '--reordernsm'], { input: shaped + '\n' })
    .toString('utf8')
    .replace(/\n$/, '')
    .replace(/\ufeff/g, '');
  cases.push({ logical, visual });
}
writeFileSync(join(root, 'test/data/visual/fribidi.json'), JSON.stringify(cases, null, 1) + '\n');
console.error(`wrote ${cases.length} cases to test/data/visual/fribidi.json`);
