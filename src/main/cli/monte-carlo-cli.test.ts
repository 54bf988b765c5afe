/**
 * `compare --monte-carlo` as a person runs it: the real entry point in its
 * own process, on a fresh data folder seeded with the sample deal-room.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../store/test-data-dir';

const repoRoot = resolve(__dirname, '../../..');
const sample = JSON.parse(readFileSync(join(repoRoot, 'resources/sample/medtech-japan.json'), 'utf8')) as {
  dealRoom: { name: string };
  candidates: { nameLatin: string; nameJa: string }[];
};
const leader = sample.candidates.find((c) => c.nameLatin.startsWith('Asanagi Medical'));
if (!leader) throw new Error('the sample deal-room no longer has Asanagi Medical');

let dir: string;

function shinrai(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/main/cli/index.ts'), '--data', join(dir, 'data'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', SHINRAI_DATA_DIR: '', SHINRAI_DEBUG: '' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface JsonMonteCarlo {
  draws: number;
  seed: number;
  weightJitter: number;
  sentence: string;
  candidates: { candidateId: string; firstShare: number; rankShares: number[]; knockedOutShare: number; meanTotal: number }[];
}

beforeEach(() => {
  dir = makeTempDir('shinrai-cli-mc-');
});

afterEach(() => {
  removeDir(dir);
});

describe('shinrai compare --monte-carlo', { timeout: 120_000 }, () => {
  it('prints the rank shares after the comparison, the same for the same seed', () => {
    const first = shinrai('compare', sample.dealRoom.name, '--monte-carlo', '--draws', '4000', '--seed', '7');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const again = shinrai('compare', sample.dealRoom.name, '--monte-carlo', '--draws', '4000', '--seed', '7');
    expect(again.stdout).toBe(first.stdout);

    const lines = first.stdout.trimEnd().split('\n');
    // The comparison comes first, the uncertainty after it.
    expect(lines.findIndex((l) => l.startsWith('Weighted total'))).toBeLessThan(lines.indexOf('How likely each candidate is to rank first (Monte Carlo)'));
    expect(first.stdout).toContain('4,000 draws with seed 7 (run again with --seed 7 for the same figures).');
    expect(lines.find((l) => l.startsWith('Candidate'))).toMatch(/^Candidate\s+Ranks first\s+Rank 2\s+Rank 3\s+Rank 4\s+Rank 5\s+Knocked out\s+Mean total$/);
    // The leader of the sample room heads the table (most first places) and the closing sentence.
    const header = lines.findIndex((l) => l.startsWith('Candidate'));
    expect(lines[header + 2]).toMatch(new RegExp(`^${leader.nameLatin.replace(/\./g, '\\.')}\\s+\\d+\\.\\d%`));
    expect(lines[lines.length - 1]).toMatch(new RegExp(`^${leader.nameLatin.replace(/\./g, '\\.')} ranks first in \\d+% of 4,000 draws`));

    // Another seed gives other figures.
    const other = shinrai('compare', sample.dealRoom.name, '--monte-carlo', '--draws', '4000', '--seed', '8');
    expect(other.code).toBe(0);
    expect(other.stdout).not.toBe(first.stdout);
  });

  it('adds a monteCarlo object to the JSON, with 10,000 draws and seed 1 by default', () => {
    const run = shinrai('compare', sample.dealRoom.name, '--json', '--monte-carlo');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { candidates: { id: string; name: { latin: string }; rank: number | null }[]; monteCarlo: JsonMonteCarlo };
    const mc = report.monteCarlo;
    expect(mc).toMatchObject({ draws: 10_000, seed: 1, weightJitter: 0.2 });
    expect(mc.candidates).toHaveLength(report.candidates.length);

    const leaderId = report.candidates.find((c) => c.name.latin === leader.nameLatin)?.id;
    expect(report.candidates.find((c) => c.id === leaderId)?.rank).toBe(1);
    const best = [...mc.candidates].sort((a, b) => b.firstShare - a.firstShare)[0];
    expect(best?.candidateId).toBe(leaderId);
    expect(best?.firstShare).toBeGreaterThan(0.5);
    for (const c of mc.candidates) expect(Math.abs(c.rankShares.reduce((s, x) => s + x, 0) + c.knockedOutShare - 1)).toBeLessThan(1e-9);
    expect(mc.sentence).toMatch(new RegExp(`^${leader.nameLatin.replace(/\./g, '\\.')} ranks first in \\d+% of 10,000 draws`));

    // The same seed again gives the identical object; in Japanese, the same figures with a Japanese sentence.
    const ja = JSON.parse(shinrai('compare', sample.dealRoom.name, '--json', '--monte-carlo', '--lang', 'ja').stdout) as { monteCarlo: JsonMonteCarlo };
    expect(ja.monteCarlo.candidates).toEqual(mc.candidates);
    expect(ja.monteCarlo.sentence).toMatch(new RegExp(`^10,000回の試行のうち、${leader.nameJa}が首位となったのは\\d+%`));
  });

  it('refuses a bad --draws with exit code 2 and a message naming the option', () => {
    const run = shinrai('compare', sample.dealRoom.name, '--monte-carlo', '--draws', '0');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^--draws: must be a whole number from 1 to 1,000,000/);
    const ja = shinrai('compare', sample.dealRoom.name, '--seed=x', '--monte-carlo', '--lang', 'ja');
    expect(ja.code).toBe(2);
    expect(ja.stderr).toMatch(/^--seed：0以上4,294,967,295以下の整数を指定してください/);
  });
});
