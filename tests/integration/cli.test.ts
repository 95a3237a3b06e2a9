import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'fm-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the real `feedback-miner` bin, as `npx feedback-miner` does. */
async function cli(args: string[], input?: string) {
  const child = run('node', ['--openssl-legacy-provider', 'bin/feedback-miner.js', ...args], { maxBuffer: 20_000_000, env: { ...process.env, NO_COLOR: '1' } });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child;
}

describe('the feedback-miner CLI', () => {
  it('prints help listing its commands', async () => {
    const { stdout } = await cli(['--help']);

    expect(stdout).toContain('Usage: feedback-miner <command>');
    for (const command of ['run', 'analyze', 'trends']) expect(stdout).toMatch(new RegExp(`^  ${command}`, 'm'));
  });

  it('fails with a clear message and exit code 2 on an unknown command', async () => {
    const error = (await cli(['frobnicate']).catch((e: unknown) => e)) as { code: number; stderr: string };

    expect(error.code).toBe(2);
    expect(error.stderr).toContain('unknown command "frobnicate"');
  });

  it('analyses JSON lines from stdin in order and reports bad lines on stderr', async () => {
    const { stdout, stderr } = await cli(['analyze', '--jsonl'], '{"id":"a","text":"Heel slecht geholpen"}\n{oops\n{"id":"b","text":"Lovely, thank you"}\n');

    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; sentiment: { label: string } });
    expect(lines.map((l) => [l.id, l.sentiment.label])).toEqual([
      ['a', 'NEGATIVE'],
      ['b', 'POSITIVE'],
    ]);
    expect(JSON.parse(stderr.trim()) as { line: number }).toMatchObject({ line: 2 });
  });

  it('runs the pipeline on another folder, then reports trends as a table and as HTML', async () => {
    const { stdout, stderr } = await cli(['run', '--data', 'sample-data', '--work', join(work, 'store'), '--fresh', '--no-color']);
    expect(stdout).toContain('feedback-miner · local run report');
    // Progress reaches the terminal even while the handlers' own output goes to the log file.
    for (const stage of ['collect', 'enrich', 'aggregate', 'notify']) expect(stderr).toMatch(new RegExp(`^  ${stage}\\s+\\d+/\\d+$`, 'm'));
    expect(stdout).toMatch(/aggregates total (\d+) = curated count ✓/);

    const html = join(work, 'trends.html');
    const trends = await cli(['trends', '--by', 'topic', '--days', '21', '--work', join(work, 'store'), '--html', html]);

    expect(trends.stdout).toContain('2026-11-01 … 2026-11-21 (21 days, UTC)');
    expect(trends.stdout).toMatch(/^levering\s+\S+\s+\d+/m);
    expect(existsSync(html)).toBe(true);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<svg');
    expect(page).toContain('Top negative topics');
    expect(page).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  }, 120_000);
});
