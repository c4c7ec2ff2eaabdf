/**
 * Paging the human views, as git does: on a terminal, a view taller than the
 * screen goes through a pager (`$MAQAL_PAGER`, then `$PAGER`, then `less`),
 * with the visual transform and colour already applied; `less` gets `-R` (and
 * `LESS=FRX` when LESS is unset) so colours pass and a short view leaves no
 * screen behind. `--pager` pages whatever the height, `--no-pager` never.
 * Output is held back only until it is taller than the screen.
 */
import type { ChildProcess } from 'node:child_process';
import type { CliIO, Output } from './io.js';

/** What a view writes to: the terminal or a pager. */
export interface ViewOutput {
  readonly closed: boolean;
  readonly isTTY: boolean;
  write(chunk: string): Promise<void>;
  /** Flushes what is held back, or waits for the pager to end. */
  end(): Promise<void>;
}

/** The pager command, or null for none (`cat` and the empty string mean none). */
export function pagerCommand(env: CliIO['env']): string | null {
  const cmd = (env.MAQAL_PAGER ?? env.PAGER ?? 'less').trim();
  return cmd === '' || cmd === 'cat' ? null : cmd;
}

/**
 * The output of a view: `flag` is `--pager` (true), `--no-pager` (false) or
 * neither (undefined: page a terminal's view taller than its screen).
 */
export function viewOutput(out: Output, io: CliIO, flag: boolean | undefined): ViewOutput {
  const cmd = pagerCommand(io.env);
  // Only a real terminal that is this process's own stdout can be handed to a pager.
  if (flag === false || !out.isTTY || !io.ownsStdout || cmd === null) return direct(out);
  const stream = io.stdout as { rows?: number };
  const rows = Number(io.env.LINES) || stream.rows || 24;
  return new PagedOutput(out, io, cmd, flag === true ? 0 : rows);
}

function direct(out: Output): ViewOutput {
  return {
    get closed() {
      return out.closed;
    },
    isTTY: out.isTTY,
    write: (chunk) => out.write(chunk),
    end: async () => undefined,
  };
}

class PagedOutput implements ViewOutput {
  private held: string[] = [];
  private lines = 0;
  private pager: ChildProcess | null = null;
  private exited: Promise<void> | null = null;
  private gone = false;
  readonly isTTY = true;

  constructor(
    private readonly out: Output,
    private readonly io: CliIO,
    private readonly cmd: string,
    /** Page once the view is taller than this many lines (0: always). */
    private readonly rows: number,
  ) {}

  get closed(): boolean {
    return this.gone || this.out.closed;
  }

  async write(chunk: string): Promise<void> {
    if (this.pager) return this.toPager(chunk);
    this.held.push(chunk);
    for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) this.lines++;
    if (this.lines >= this.rows && this.rows > 0) await this.start();
  }

  async end(): Promise<void> {
    if (!this.pager && this.rows === 0 && this.held.length > 0) await this.start();
    if (!this.pager) {
      for (const chunk of this.held) await this.out.write(chunk);
      this.held = [];
      return;
    }
    this.pager.stdin?.end();
    await this.exited;
  }

  private async start(): Promise<void> {
    const env = { ...this.io.env };
    if (env.LESS === undefined) env.LESS = 'FRX';
    if (env.LV === undefined) env.LV = '-c';
    // Loaded only when a pager starts: a pipe never pays for it.
    const { spawn } = await import('node:child_process');
    const pager = spawn('/bin/sh', ['-c', this.cmd], { stdio: ['pipe', 'inherit', 'inherit'], env, cwd: this.io.cwd });
    this.pager = pager;
    this.exited = new Promise((resolve) => {
      pager.on('close', () => {
        this.gone = true;
        resolve();
      });
      pager.on('error', () => {
        this.gone = true;
        resolve();
      });
    });
    // The reader quit (q in less): the view ends quietly, as with a closed pipe.
    pager.stdin?.on('error', () => {
      this.gone = true;
    });
    const held = this.held;
    this.held = [];
    for (const chunk of held) await this.toPager(chunk);
  }

  private async toPager(chunk: string): Promise<void> {
    const stdin = this.pager?.stdin;
    if (!stdin || this.gone) return;
    if (!stdin.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          stdin.off('drain', done);
          stdin.off('close', done);
          resolve();
        };
        stdin.on('drain', done);
        stdin.on('close', done);
      });
    }
  }
}
