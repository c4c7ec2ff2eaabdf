/** `maqal normalize`: a filter that keeps the line structure, and its --diff. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

describe('maqal normalize', () => {
  it('keeps every line terminator and changes only what the profile repairs', async () => {
    const input = 'الأخبـــار\u200f  العاجلة\r\nسطر ثان\rسطر ثالث\n\nأخير';
    const r = await runCli(['normalize'], { stdin: input });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('الأخبار العاجلة\r\nسطر ثان\rسطر ثالث\n\nأخير');
  });

  it('folds with -p search and takes switches', async () => {
    expect((await runCli(['normalize', '-p', 'search'], { stdin: 'إلى المدرسةِ ٢٠٢٤\n' })).stdout).toBe('الي المدرسه 2024\n');
    expect((await runCli(['normalize', '-p', 'none', '--alef'], { stdin: 'إلى المدرسةِ\n' })).stdout).toBe('الى المدرسةِ\n');
    expect((await runCli(['normalize', '-p', 'search', '--no-teh-marbuta'], { stdin: 'المدرسة\n' })).stdout).toBe('المدرسة\n');
    expect((await runCli(['normalize', '--digits', 'arabic', '--punctuation', 'arabic'], { stdin: 'عام 2024, قال?\n' })).stdout).toBe('عام ٢٠٢٤، قال؟\n');
  });

  it('is the identity with -p none', async () => {
    const input = '  a\u200f\u0640\u00a0ب\r\n\u202e';
    expect((await runCli(['normalize', '-p', 'none'], { stdin: input })).stdout).toBe(input);
  });

  it('decodes Windows-1256 and UTF-16 and prints UTF-8', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('مرحبـا\n', 'utf16le')]);
    expect((await runCli(['normalize'], { stdin: utf16 })).stdout).toBe('مرحبا\n');
    expect((await runCli(['normalize', '--encoding', 'cp1256'], { stdin: Buffer.from([0xc7, 0xe1, 0xdc, 0xd3]) })).stdout).toBe('الس');
  });

  it('shows what changed and which rule did it with --diff', async () => {
    const r = await runCli(['normalize', '--diff'], { stdin: 'سطر سليم\nالأخبـــار\u200f  العاجلة\n' });
    expect(r.stdout).toBe('2: tatweel ×3, bidi-control, collapse-space\n- الأخبـــار<U+200F>  العاجلة\n+ الأخبار العاجلة\n'.replace('الأخبـــار', 'الأخب<U+0640><U+0640><U+0640>ار'));
  });

  it('refuses a binary file and goes on with the next', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maqal-'));
    writeFileSync(join(dir, 'a.pdf'), '%PDF-1.4 binary');
    writeFileSync(join(dir, 'b.txt'), 'نص');
    const r = await runCli(['normalize', join(dir, 'a.pdf'), join(dir, 'b.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`maqal: ${join(dir, 'a.pdf')}: not a text file (looks like PDF)\n`);
    expect(r.stdout).toBe('نص');
  });
});
