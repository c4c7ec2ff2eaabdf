/**
 * One scratch folder for the whole run: every temporary file the tests (and the
 * maqal processes they start) make goes under it, and it is removed at the end.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'maqal-test-'));
  // Traversable by every user, as /tmp is: a test runs maqal as another user on files it made readable.
  chmodSync(dir, 0o755);
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
