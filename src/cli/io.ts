/**
 * The CLI's view of the process: argv, streams and environment are injected,
 * so every command runs the same in tests (in-process) and for real.
 */
import type { Readable, Writable } from 'node:stream';
import { escapeForTerminal } from '../render/escape.js';

/** A stream the CLI writes to. */
export type OutStream = Writable & { isTTY?: boolean; columns?: number };

export interface CliIO {
  /** Arguments after the program name. */
  argv: string[];
  /** The bytes of arguments that are not valid UTF-8, by their decoded text (see rawArguments). */
  rawArgs?: Map<string, Buffer[]>;
  stdin: Readable & { isTTY?: boolean };
  stdout: OutStream;
  stderr: OutStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Set by the launcher: `stdout` is this process's own standard output, which a pager may take over. */
  ownsStdout?: boolean;
  /** Set by the launcher: resolves when the user presses Ctrl-C (SIGINT). */
  interrupted?: Promise<void>;
}

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, interrupted: 130 } as const;

/**
 * Writes to a stream with back-pressure, and ends quietly when the reader
 * goes away (`maqal ... | head -1`): EPIPE marks the output closed instead of
 * throwing.
 */
export class Output {
  closed = false;

  constructor(readonly stream: OutStream) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw err;
    });
  }

  get isTTY(): boolean {
    return this.stream.isTTY === true;
  }

  /** Writes a chunk; waits when the stream's buffer is full. */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.closed || chunk.length === 0) return;
    let ok: boolean;
    try {
      ok = this.stream.write(chunk);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EPIPE') {
        this.closed = true;
        return;
      }
      throw err;
    }
    if (!ok && !this.closed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('close', done);
          this.stream.off('error', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('close', done);
        this.stream.on('error', done);
      });
    }
  }
}

/**
 * Byte pieces gathered into one buffer and written in chunks of about `size`.
 * The buffer is used again once the stream has taken its bytes (files, and
 * pipes that were not full), so a long run of small pieces costs no fresh
 * memory a chunk: copying into new buffers was most of `dedup apply`'s time.
 */
export class ChunkWriter {
  private buffer: Buffer;
  private used = 0;

  constructor(
    private readonly out: Output,
    private readonly size = 1 << 20,
  ) {
    this.buffer = Buffer.allocUnsafeSlow(size);
  }

  /** Adds a piece; writes the chunk first when it would not fit. */
  async add(piece: Uint8Array): Promise<void> {
    if (this.used + piece.length > this.buffer.length) {
      await this.flush();
      // A piece larger than the buffer goes out on its own.
      if (piece.length > this.buffer.length) return this.out.write(Buffer.from(piece));
    }
    this.buffer.set(piece, this.used);
    this.used += piece.length;
  }

  /** Adds text as UTF-8. */
  async addText(text: string): Promise<void> {
    const bytes = Buffer.byteLength(text);
    if (this.used + bytes > this.buffer.length) return this.add(Buffer.from(text));
    this.used += this.buffer.write(text, this.used);
  }

  /** Writes what is gathered. */
  async flush(): Promise<void> {
    if (this.used === 0) return;
    const chunk = this.buffer.subarray(0, this.used);
    this.used = 0;
    await this.out.write(chunk);
    // Still held by the stream (a full pipe): the next chunk needs a buffer of its own.
    if (this.out.stream.writableLength > 0) this.buffer = Buffer.allocUnsafeSlow(this.size);
  }
}

/**
 * One-line user error: `maqal: <path>: <reason>`. Both go through the
 * terminal sanitiser: a file name may hold escape sequences.
 */
export function userError(stderr: OutStream, path: string | null, reason: string): void {
  const why = escapeForTerminal(reason);
  stderr.write(path !== null ? `maqal: ${escapeForTerminal(path)}: ${why}\n` : `maqal: ${why}\n`);
}
