import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCases } from '../../scripts/update-fixtures';
import { runLinesMode } from '../../scripts/lib/text-modes';

const ROOT = path.join(FIXTURES, '..', '..', '..');

/** Paragraphs of every fixture, repeated until the text is long enough: real sentences of the paper. */
function linesFile(minChars: number): string {
  const paragraphs = fixtureCases().flatMap(
    (name) =>
      (JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8')) as { paragraphs: string[] })
        .paragraphs,
  );
  const lines: string[] = [];
  let total = 0;
  for (let i = 0; total < minChars; i++) {
    const p = `${i} ${paragraphs[i % paragraphs.length]}`;
    lines.push(p);
    total += p.length;
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'annotate-pipe-')), 'lines.txt');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

describe('annotate CLI into a pipe', () => {
  it('writes all of a >1 MB --lines output into a slow reader on the other end of a pipe', async () => {
    const file = linesFile(40_000);
    const expected = (await runLinesMode(file)).join('\n') + '\n';
    const expectedBytes = Buffer.byteLength(expected);
    expect(expectedBytes).toBeGreaterThan(1_000_000);
    // The reader waits a second before reading, so the pipe is full long before the CLI is done.
    const reader = `setTimeout(() => { let n = 0, lines = 0; process.stdin.on('data', (c) => { n += c.length; for (const b of c) if (b === 10) lines++; }); process.stdin.on('end', () => console.log(n + ' ' + lines)); }, 1000)`;
    const r = spawnSync(
      'bash',
      [
        '-c',
        `set -o pipefail; node --import tsx scripts/annotate.ts --lines "$1" | node -e "$2"`,
        'pipe',
        file,
        reader,
      ],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [bytes, lines] = r.stdout.trim().split(' ').map(Number);
    console.log(`annotate --lines through a pipe: ${bytes} bytes, ${lines} lines (expected ${expectedBytes})`);
    expect(bytes).toBe(expectedBytes);
    expect(lines).toBe(readFileSync(file, 'utf8').trim().split('\n').length);
  }, 120_000);
});
