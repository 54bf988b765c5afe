/**
 * `terms` as a person runs it: the real entry point in its own process, on a
 * fresh data folder (which starts with the sample deal-room), plus a small
 * room of our own with two overlapping exclusive rights.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../store/test-data-dir';
import { TermsReport } from './terms-report';

const repoRoot = resolve(__dirname, '../../..');
let dir: string;

beforeEach(() => {
  dir = makeTempDir('shinrai-terms-cli-');
});
afterEach(() => removeDir(dir));

function shinrai(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/main/cli/index.ts'), '--data', join(dir, 'data'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', SHINRAI_DATA_DIR: '', SHINRAI_DEBUG: '' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const osakaHospitals = { territory: ['JP-27'], channels: ['hospitals'], segments: [], products: [] };
const kinki = { territory: ['JP-R-kinki'], channels: [], segments: [], products: [] };

/** Two fictional distributors whose exclusive rights overlap in Osaka hospitals from July 2027 to March 2028. */
const overlapFile = {
  format: 'shinrai.deal-room',
  version: 4,
  dealRoom: { name: 'Osaka overlap check' },
  candidates: [
    { id: 'hinode', nameJa: '日の出メディカル', nameLatin: 'Hinode Medical' },
    { id: 'sakura', nameLatin: 'Sakura Iryo' },
  ],
  pillars: [],
  evaluators: [],
  termSheets: [
    { id: 'h', candidate: 'hinode', phases: [{ id: 'p', name: 'Osaka hospitals', startsOn: '2027-07-01', endsOn: '2028-03-31', exclusivity: 'exclusive', scope: osakaHospitals }] },
    { id: 's', candidate: 'sakura', phases: [{ id: 'p', name: 'Kinki', startsOn: '2027-01-01', endsOn: '2029-12-31', exclusivity: 'exclusive', scope: kinki }] },
  ],
};

describe('shinrai terms', { timeout: 120_000 }, () => {
  it('replays the sample room: Asanagi non-exclusive in its pilot, Tsumugi exclusive in Kinki with its risks lit up', () => {
    const run = shinrai('terms', 'Japan distribution', '--as-of', '2027-08-01');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = run.stdout;
    expect(text).toContain('Staged terms of "Japan distribution partner for patient monitors, 2027" as of 1 Aug 2027');
    expect(text).toContain('Asanagi Medical K.K.: Staged distribution agreement (draft 2)');
    expect(text).toContain('(legal review: in review)');
    expect(text).toContain('Tsumugi Life Science Co., Ltd.: Exclusive distribution agreement, Kinki');
    expect(text).toContain('(legal review: changes requested)');
    // The three candidates without a term sheet are not listed.
    expect(text).not.toMatch(/Hayate|Tsurumino|Kazahana/);
    const [asanagi, tsumugi] = text.split('\n\n').slice(1, 3);
    expect(asanagi).toMatch(/Non-exclusive in Kanto/);
    expect(asanagi).toMatch(/T1 waits/);
    expect(tsumugi).toMatch(/Exclusive in Kinki/);
    expect(tsumugi).toMatch(/Term risks: [1-9]\d* \([1-9]\d* high/);
    expect(text).toMatch(/Collisions between candidates of this deal-room:\n {2}none/);
  });

  it('prints a schema-checked JSON report whose sentences come in both languages', () => {
    const run = shinrai('terms', 'Japan distribution', '--as-of', '2027-08-01', '--json');
    expect(run.code).toBe(0);
    const report = TermsReport.parse(JSON.parse(run.stdout));
    expect(report.asOf).toBe('2027-08-01');
    expect(report.candidates.map((c) => [c.name, c.reviewStatus, c.evaluation.triggers.map((t) => `${t.code}:${t.status}`)])).toEqual([
      ['Asanagi Medical K.K.', 'in_review', ['T1:waiting', 'T2:waiting', 'T3:waiting']],
      ['Tsumugi Life Science Co., Ltd.', 'changes_requested', []],
    ]);
    const tsumugi = report.candidates[1]!;
    expect(tsumugi.evaluation.rights).toEqual([expect.objectContaining({ kind: 'exclusivity', exclusivity: 'exclusive', from: '2027-04-01', to: '2030-03-31' })]);
    expect(tsumugi.risks.map((r) => r.rule)).toEqual(expect.arrayContaining(['exclusive_from_day_one', 'registration_without_transfer', 'no_performance_clause']));
    expect(tsumugi.summary.exitDifficulty?.band).toBe('high');
    expect(tsumugi.risks[0]!.finding.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    // The milestone met in July 2027 (M4, the first business review) counts from its settled day.
    expect(report.candidates[0]!.evaluation.milestones.find((m) => m.code === 'M4')).toEqual(expect.objectContaining({ standing: 'met', since: '2027-07-22' }));
  });

  it('finds the collision between two candidates of one room, with the exact overlap', () => {
    const file = join(dir, 'overlap.json');
    writeFileSync(file, JSON.stringify(overlapFile));
    expect(shinrai('import', file).code).toBe(0);

    const during = JSON.parse(shinrai('terms', 'Osaka overlap', '--as-of', '2027-08-01', '--json').stdout) as TermsReport;
    expect(during.collisions).toHaveLength(1);
    const [collision] = during.collisions;
    // Osaka hospitals ∩ Kinki (every channel) = Osaka hospitals; 2027-07-01..2028-03-31 ∩ 2027-01-01..2029-12-31 = 2027-07-01..2028-03-31.
    expect(collision).toMatchObject({ overlap: { territory: ['JP-27'], channels: ['hospitals'] }, from: '2027-07-01', to: '2028-03-31' });
    expect([collision!.a.holder.kind, collision!.b.holder.kind]).toEqual(['candidate', 'candidate']);

    const ja = shinrai('terms', 'Osaka overlap', '--as-of', '2027-08-01', '--lang', 'ja');
    expect(ja.code).toBe(0);
    expect(ja.stdout).toContain('このディールルームの候補企業間での権利の重複：');
    expect(ja.stdout).toContain('日の出メディカル');
    expect(ja.stdout.split('権利の重複：')[1]).toMatch(/大阪/);
  });

  it('answers a missing or impossible --as-of with a usage error naming it', () => {
    const missing = shinrai('terms', 'Japan distribution');
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('The terms command needs the date to replay the terms to (--as-of YYYY-MM-DD).');
    const impossible = shinrai('terms', 'Japan distribution', '--as-of', '2027-02-30', '--lang', 'ja');
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toContain('--as-of：2027-06-30 のように YYYY-MM-DD 形式の実在する日付を指定してください');
    expect(shinrai('terms', 'Japan distribution', '--as-of', '2027-08-01', '--out', 'x.json').stderr).toContain('The option "--out" does not apply to the terms command.');
    expect(shinrai('compare', 'Japan distribution', '--as-of', '2027-08-01').code).toBe(2);
  });
});
