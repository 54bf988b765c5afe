/**
 * The command line as a person runs it: the real entry point in its own
 * process, on a fresh data folder, checked against the hand-computed fixture
 * (resources/fixtures/hand-computed.expected.json).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DealRoomFile } from '../../shared/domain/deal-room-file';
import { ComparisonReport } from '../../shared/engine/comparison-report';
import { makeTempDir, removeDir } from '../store/test-data-dir';

const repoRoot = resolve(__dirname, '../../..');
const fixturePath = join(repoRoot, 'resources/fixtures/hand-computed.json');
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as {
  dealRoom: { name: string };
  candidates: { id: string; nameLatin: string }[];
  pillars: { id: string; nameEn: string; criteria: { id: string; nameEn: string }[] }[];
};
const expected = JSON.parse(readFileSync(join(repoRoot, 'resources/fixtures/hand-computed.expected.json'), 'utf8')) as {
  effectiveWeights: Record<string, number>;
  candidates: Record<string, { total: number; coverage: number; projected: number | null; rank: number | null; knockedOut: boolean; incomplete: boolean }>;
  ranking: string[];
};
const sampleName = (JSON.parse(readFileSync(join(repoRoot, 'resources/sample/medtech-japan.json'), 'utf8')) as { dealRoom: { name: string } }).dealRoom.name;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let dir: string;

function shinrai(...args: string[]): Run {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/main/cli/index.ts'), '--data', join(dir, 'data'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', SHINRAI_DATA_DIR: '', SHINRAI_DEBUG: '' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The report with the store's ids replaced by the fixture's, found by name. */
function byFileIds(report: ComparisonReport) {
  const candidateId = new Map(report.candidates.map((c) => [c.id, fixture.candidates.find((f) => f.nameLatin === c.name.latin)?.id ?? c.id]));
  const criteria = fixture.pillars.flatMap((p) => p.criteria);
  const criterionId = new Map(report.criteria.map((c) => [c.id, criteria.find((f) => f.nameEn === c.name.en)?.id ?? c.id]));
  return {
    effectiveWeights: Object.fromEntries(report.criteria.map((c) => [criterionId.get(c.id), c.effectiveWeight])),
    candidates: Object.fromEntries(report.candidates.map((c) => [candidateId.get(c.id), c])),
    ranking: report.candidates.map((c) => candidateId.get(c.id)),
  };
}

function expectMatchesHandComputation(report: ComparisonReport): void {
  const actual = byFileIds(report);
  expect(Object.keys(actual.effectiveWeights).sort()).toEqual(Object.keys(expected.effectiveWeights).sort());
  for (const [id, weight] of Object.entries(expected.effectiveWeights)) expect(actual.effectiveWeights[id]).toBeCloseTo(weight, 9);
  expect(actual.ranking).toEqual(expected.ranking);
  for (const [id, want] of Object.entries(expected.candidates)) {
    const got = actual.candidates[id];
    expect(got, `candidate ${id}`).toBeDefined();
    if (!got) continue;
    expect(Math.abs(got.total - want.total)).toBeLessThan(1e-9);
    expect(Math.abs(got.coverage - want.coverage)).toBeLessThan(1e-9);
    if (want.projected === null) expect(got.projected).toBeNull();
    else expect(Math.abs((got.projected ?? Number.NaN) - want.projected)).toBeLessThan(1e-9);
    expect(got.rank).toBe(want.rank);
    expect(got.knockedOut).toBe(want.knockedOut);
    expect(got.incomplete).toBe(want.incomplete);
  }
}

beforeEach(() => {
  dir = makeTempDir('shinrai-cli-');
});

afterEach(() => {
  removeDir(dir);
});

describe('shinrai CLI', { timeout: 120_000 }, () => {
  it('lists the sample deal-room of a new data folder', () => {
    const run = shinrai('list');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Deal-room\s+Product line\s+Target market\s+Compared\s+Status\s+Last change\s+Id$/);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(sampleName.slice(0, 40));
    expect(lines[2]).toMatch(/5 of 5\s+Active/);
  });

  it('imports the hand-computed fixture and compares it to the numbers worked out on paper', () => {
    const imported = shinrai('import', fixturePath);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(new RegExp(`^Imported "${fixture.dealRoom.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" as a new deal-room \\(id [0-9a-f-]{36}\\)\\.\\n$`));

    const compared = shinrai('compare', 'hand-computed check', '--json');
    expect(compared.stderr).toBe('');
    expect(compared.code).toBe(0);
    const report = ComparisonReport.parse(JSON.parse(compared.stdout));
    expect(report.dealRoom.name).toBe(fixture.dealRoom.name);
    expectMatchesHandComputation(report);

    // The same file compared directly, without storing it, gives the same numbers under the file's own ids.
    const direct = shinrai('compare', fixturePath, '--json');
    expect(direct.code).toBe(0);
    const fromFile = ComparisonReport.parse(JSON.parse(direct.stdout));
    expect(fromFile.candidates.map((c) => c.id)).toEqual(expected.ranking);
    expectMatchesHandComputation(fromFile);
    expect(fromFile.candidates.map((c) => [c.total, c.coverage, c.projected, c.rank])).toEqual(report.candidates.map((c) => [c.total, c.coverage, c.projected, c.rank]));
    expect(fromFile.sentences).toEqual(report.sentences);
    // Nothing was stored by the direct comparison.
    expect(shinrai('list').stdout.trimEnd().split('\n')).toHaveLength(4);
  });

  it('prints the comparison as aligned tables with the sensitivity analysis', () => {
    const run = shinrai('compare', fixturePath);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const total = lines.find((l) => l.startsWith('Weighted total')) ?? '';
    expect(total).toMatch(/^Weighted total\s+76\.0\s+75\.0\s+42\.0\s+95\.0$/);
    expect(lines.find((l) => l.startsWith('Rank'))).toMatch(/^Rank\s+1\s+2\s+3\s+-$/);
    expect(lines.find((l) => l.startsWith('Coverage'))).toMatch(/^Coverage\s+100\.0%\s+100\.0%\s+70\.0%\s+100\.0%$/);
    expect(lines.find((l) => l.startsWith('Projected total'))).toMatch(/^Projected total\s+60\.0$/);
    expect(lines.find((l) => l.startsWith('Status'))).toMatch(/incomplete\s+knocked out$/);
    // Japanese names (two columns per character) line up with the Latin ones above them.
    const header = lines.findIndex((l) => l.startsWith('Criterion'));
    const latin = lines[header] ?? '';
    const japanese = lines[header + 1] ?? '';
    expect(latin.trimEnd().endsWith('Genkai Tsusho Co., Ltd.')).toBe(true);
    expect(japanese.trimEnd().endsWith('玄海通商株式会社')).toBe(true);
    const width = (s: string) => Array.from(s).reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
    expect(width(japanese.trimEnd())).toBe(width(latin.trimEnd()));
    const critical = lines.find((l) => l.startsWith('>')) ?? '';
    expect(critical).toMatch(/^>\s+Device sales licence\s+10\.0%\s+7\.7%\s+-2\.3\s+-23\.1%\s+Kusunoki Medical Services Inc\.$/);
    expect(run.stdout).toContain('the ranking is fragile');
  });

  it('exports a deal-room to a file that imports back to an equal export', () => {
    const out = join(dir, 'exported.json');
    const run = shinrai('export', sampleName, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Wrote "${sampleName}" to ${out}.\n`);
    const first = DealRoomFile.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(first.candidates).toHaveLength(5);

    const roomIds = (listing: string) => [...listing.matchAll(/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/g)].map((m) => m[1] ?? '');
    const before = roomIds(shinrai('list').stdout);
    expect(shinrai('import', out).code).toBe(0);
    const after = roomIds(shinrai('list').stdout);
    expect(after).toHaveLength(2);
    const copyId = after.find((id) => !before.includes(id)) ?? '';
    // Both rooms have the same name now, so the copy is named by its id.
    const again = join(dir, 'again.json');
    expect(shinrai('export', copyId, '--out', again).code).toBe(0);
    const withoutTime = (file: string) => {
      const { exportedAt: _ignored, ...rest } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      return rest;
    };
    expect(withoutTime(again)).toEqual(withoutTime(out));
  });

  it('refuses a bad file with exit code 1 and one line naming the JSON path', () => {
    const bad = JSON.parse(readFileSync(fixturePath, 'utf8')) as { pillars: { criteria: { weight: number }[] }[] };
    const criterion = bad.pillars[1]?.criteria[0];
    if (!criterion) throw new Error('the fixture needs a second pillar with a criterion');
    criterion.weight = -1;
    const badPath = join(dir, 'bad.json');
    writeFileSync(badPath, JSON.stringify(bad));

    const imported = shinrai('import', badPath);
    expect(imported.code).toBe(1);
    expect(imported.stdout).toBe('');
    expect(imported.stderr).toBe(`The file "${badPath}" was not imported, and nothing was changed: file.pillars[1].criteria[0].weight: must be 0 or more\n`);
    expect(shinrai('list').stdout.trimEnd().split('\n')).toHaveLength(3);

    const compared = shinrai('compare', badPath);
    expect(compared.code).toBe(1);
    expect(compared.stderr).toBe(`The file "${badPath}" is not a valid deal-room: pillars[1].criteria[0].weight: must be 0 or more\n`);

    const brokenPath = join(dir, 'broken.json');
    writeFileSync(brokenPath, '{\n  "format": "shinrai.deal-room",\n  "version": 1,\n}\n');
    const broken = shinrai('import', brokenPath);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toBe(`The file "${brokenPath}" is not valid JSON (line 4, column 1).\n`);
  });

  it('speaks Japanese with --lang ja, errors included', () => {
    const list = shinrai('list', '--lang', 'ja');
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n')[0]).toMatch(/^ディールルーム\s+製品ライン\s+対象市場\s+比較対象\s+状態\s+最終更新\s+ID$/);
    expect(list.stdout).toContain('5社中5社');

    const compared = shinrai('compare', fixturePath, '--lang', 'ja');
    expect(compared.code).toBe(0);
    expect(compared.stdout).toMatch(/^加重合計\s+76\.0\s+75\.0\s+42\.0\s+95\.0$/m);
    expect(compared.stdout).toContain('首位が入れ替わる条件');
    expect(compared.stdout).toContain('有明メディテック株式会社');

    const missing = shinrai('compare', 'どこにもない案件', '--lang', 'ja');
    expect(missing.code).toBe(1);
    expect(missing.stderr.split('\n')[0]).toBe('「どこにもない案件」に該当するディールルームはありません。登録済みのディールルームは次のとおりです：');
    expect(missing.stderr).toContain(sampleName);
  });

  it('answers usage errors with exit code 2 and no stack trace', () => {
    const none = shinrai();
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('Name a command: list, import, export, compare, terms, print or verify. Run "npm run shinrai -- --help" to see the commands and options.\n');
    const unknown = shinrai('remove', 'x');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^There is no command "remove"\./);
    const option = shinrai('list', '--colour');
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^There is no option "--colour"\./);
    const lang = shinrai('list', '--lang', 'fr');
    expect(lang.code).toBe(2);
    expect(lang.stderr).toMatch(/^--lang: must be "en" or "ja"/);
    const out = shinrai('export', 'x');
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^The export command needs the file to write/);
    for (const run of [none, unknown, option, lang, out]) expect(run.stderr).not.toMatch(/\n\s+at /);
    const help = shinrai('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run shinrai -- <command> \[options\]/);
  });
});
