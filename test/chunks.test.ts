/**
 * Reading and writing JSON Lines in chunks that reuse one buffer: lines that
 * cross a chunk's end come out whole, and a chunk the stream still holds is
 * never overwritten by the next.
 */
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ChunkWriter, Output } from '../src/cli/io.js';
import { boundedLineBatches, fileChunks } from '../src/cli/jsonl.js';

const dir = mkdtempSync(join(tmpdir(), 'maqal-chunks-'));

/** The lines of a file as the dedup commands read them: through a reused buffer of `size` bytes. */
async function linesOf(path: string, size: number, maxBytes = 1 << 20): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  for await (const batch of boundedLineBatches(fileChunks(path, size), maxBytes)) {
    for (const line of batch) out.push(line === null ? null : line.toString('utf8'));
  }
  return out;
}

describe('fileChunks through boundedLineBatches', () => {
  it('gives every line whole, whatever the chunk size, CRLF and Arabic split mid-character included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('', 'سطر', 'كلمة طويلة جدا', 'ab', '{"id":"x"}'), { maxLength: 30 }), fc.integer({ min: 1, max: 17 }), fc.boolean(), async (lines, size, crlf) => {
        const path = join(dir, 'lines.jsonl');
        writeFileSync(path, lines.map((l) => l + (crlf ? '\r\n' : '\n')).join(''));
        expect(await linesOf(path, size)).toEqual(lines);
      }),
      { numRuns: 150 },
    );
  });

  it('gives a last line without a line end, and null for a line over the bound, then goes on', async () => {
    const path = join(dir, 'bound.jsonl');
    writeFileSync(path, `short\n${'x'.repeat(50)}\nafter`);
    expect(await linesOf(path, 7, 20)).toEqual(['short', null, 'after']);
  });
});

/** A stream that takes its chunks late, as a full pipe does: it reads a chunk's bytes only when it gets to it. */
function slowSink(): { stream: Writable; received: () => string } {
  const got: Buffer[] = [];
  const stream = new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _enc, done) {
      setTimeout(() => {
        got.push(Buffer.from(chunk));
        done();
      }, 1);
    },
  });
  return { stream, received: () => Buffer.concat(got).toString('utf8') };
}

describe('ChunkWriter', () => {
  it('writes the pieces in order, a piece larger than its buffer too, to a stream that holds its chunks', async () => {
    const sink = slowSink();
    const writer = new ChunkWriter(new Output(sink.stream), 8);
    const pieces = ['أ', 'bc', 'خبر عاجل', '0123456789abcdef', 'z', 'نهاية'];
    for (const [k, p] of pieces.entries()) {
      if (k % 2) await writer.addText(p);
      else await writer.add(Buffer.from(p));
    }
    await writer.flush();
    await new Promise<void>((resolve) => sink.stream.end(resolve));
    expect(sink.received()).toBe(pieces.join(''));
  });
});
