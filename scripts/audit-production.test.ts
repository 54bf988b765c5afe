/**
 * The production audit, run for real once (npm ls and npm audit against the
 * registry), and judged on saved reports of npm's own JSON shape, so that a
 * high advisory fails whether or not this machine can reach the audit endpoint.
 * Package names in the saved reports are made up.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../src/main/store/test-data-dir';
// @ts-expect-error: a plain .mjs script without type declarations
import * as auditScript from './audit-production.mjs';

type Verdict =
  | { kind: 'report'; counts: Record<'critical' | 'high' | 'moderate' | 'low' | 'info', number>; failing: { name: string; severity: string; title: string; url: string }[] }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'not_understood'; reason: string };
const { judgeAuditOutput, countDependencyTree, verdictLines } = auditScript as {
  judgeAuditOutput: (text: string) => Verdict;
  countDependencyTree: (text: string) => { packages: number; direct: number };
  verdictLines: (verdict: Verdict) => { code: number; lines: string[] };
};

const repoRoot = resolve(__dirname, '..');
const script = join(repoRoot, 'scripts', 'audit-production.mjs');
const dir = makeTempDir('shinrai-audit-');
afterAll(() => removeDir(dir));

function runScript(args: string[] = []): { code: number | null; output: string } {
  const run = spawnSync(process.execPath, [script, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

function report(vulnerabilities: Record<string, { severity: string; via: unknown[] }>, counts: Partial<Record<string, number>>): string {
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(
      Object.entries(vulnerabilities).map(([name, v]) => [name, { name, isDirect: false, effects: [], range: '<2.0.1', nodes: [`node_modules/${name}`], fixAvailable: true, ...v }]),
    ),
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts },
      dependencies: { prod: 120, dev: 0, optional: 2, peer: 0, peerOptional: 0, total: 120 },
    },
  });
}

const highAdvisory = {
  source: 1_099_001,
  name: 'quillfeather-parse',
  dependency: 'quillfeather-parse',
  title: 'Prototype pollution in quillfeather-parse',
  url: 'https://github.com/advisories/GHSA-0000-quil-fthr',
  severity: 'high',
  cwe: ['CWE-1321'],
  cvss: { score: 7.5, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N' },
  range: '<2.0.1',
};
const HIGH_REPORT = report(
  {
    'quillfeather-parse': { severity: 'high', via: [highAdvisory] },
    // A package that is only vulnerable through the one above: counted by npm, not a second advisory.
    'marlowe-config': { severity: 'high', via: ['quillfeather-parse'] },
  },
  { high: 2, total: 2 },
);
const LOW_REPORT = report(
  { 'tansy-dates': { severity: 'low', via: [{ ...highAdvisory, name: 'tansy-dates', dependency: 'tansy-dates', title: 'Slow parsing of long dates', severity: 'low' }] } },
  { low: 1, total: 1 },
);
const UNREACHABLE_405 = JSON.stringify({
  message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
});
const OFFLINE = JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org failed, reason: getaddrinfo ENOTFOUND', detail: '' } });

// One real run decides whether the live check below can say anything on this machine.
const live = runScript();
const unreachable = /^npm audit --omit=dev: not checked, (.*)$/m.exec(live.output)?.[1];
console.log(live.output.trim());

describe('the production audit on this project', () => {
  it('lists the production dependency tree it checks', () => {
    const tree = /^production dependency tree \(npm ls --omit=dev --all\): (\d+) packages, (\d+) direct$/m.exec(live.output);
    expect(tree, live.output).not.toBeNull();
    expect(Number(tree?.[1])).toBeGreaterThan(Number(tree?.[2]));
    expect(Number(tree?.[2])).toBeGreaterThanOrEqual(5);
  });

  it.skipIf(unreachable !== undefined)(
    `finds no high or critical advisory in production dependencies${unreachable ? ` (skipped: ${unreachable})` : ''}`,
    () => {
      expect(live.output).toMatch(/^npm audit --omit=dev: 0 critical, 0 high, \d+ moderate, \d+ low, \d+ info$/m);
      expect(live.code).toBe(0);
    },
  );

  it('says in one line when the audit endpoint cannot be reached, with exit code 3 (not a pass)', () => {
    if (unreachable === undefined) {
      expect(live.code).not.toBe(3);
      return;
    }
    expect(live.code).toBe(3);
    expect(live.output.split('\n').filter((l) => l.includes('not checked'))).toHaveLength(1);
  });
});

describe('judging npm audit reports', () => {
  it('fails on a high advisory from a reachable endpoint, naming it once', () => {
    const verdict = judgeAuditOutput(HIGH_REPORT);
    expect(verdict).toEqual({
      kind: 'report',
      counts: { info: 0, low: 0, moderate: 0, high: 2, critical: 0 },
      failing: [{ name: 'quillfeather-parse', severity: 'high', title: 'Prototype pollution in quillfeather-parse', url: 'https://github.com/advisories/GHSA-0000-quil-fthr' }],
    });
    const { code, lines } = verdictLines(verdict);
    expect(code).toBe(1);
    expect(lines).toEqual([
      'npm audit --omit=dev: 0 critical, 2 high, 0 moderate, 0 low, 0 info',
      '  high: quillfeather-parse: Prototype pollution in quillfeather-parse (https://github.com/advisories/GHSA-0000-quil-fthr)',
      '2 high or critical advisories in production dependencies',
    ]);
  });

  it('fails on critical, passes low and moderate', () => {
    const critical = report({ 'quillfeather-parse': { severity: 'critical', via: [{ ...highAdvisory, severity: 'critical' }] } }, { critical: 1, total: 1 });
    expect(verdictLines(judgeAuditOutput(critical)).code).toBe(1);
    expect(verdictLines(judgeAuditOutput(LOW_REPORT))).toEqual({ code: 0, lines: ['npm audit --omit=dev: 0 critical, 0 high, 0 moderate, 1 low, 0 info'] });
    expect(verdictLines(judgeAuditOutput(report({}, {})))).toEqual({ code: 0, lines: ['npm audit --omit=dev: 0 critical, 0 high, 0 moderate, 0 low, 0 info'] });
  });

  it('tells an unreachable endpoint from an answer it does not understand', () => {
    expect(judgeAuditOutput(UNREACHABLE_405)).toEqual({ kind: 'unreachable', reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk' });
    expect(judgeAuditOutput(OFFLINE)).toMatchObject({ kind: 'unreachable', reason: expect.stringMatching(/^ENOTFOUND: request to/) });
    expect(verdictLines(judgeAuditOutput(OFFLINE)).code).toBe(3);
    for (const text of ['', 'npm ERR! something', '{"auditReportVersion": 1}', JSON.stringify({ ...JSON.parse(HIGH_REPORT), metadata: {} })]) {
      const verdict = judgeAuditOutput(text);
      expect(verdict.kind, text.slice(0, 40)).toBe('not_understood');
      expect(verdictLines(verdict).code).toBe(2);
    }
  });

  it('exits 1 on a saved report with a high advisory and 3 on a saved 405', () => {
    const cases: [string, string, number][] = [
      ['high.json', HIGH_REPORT, 1],
      ['unreachable.json', UNREACHABLE_405, 3],
    ];
    for (const [name, text, expected] of cases) {
      writeFileSync(join(dir, name), text);
      const run = runScript(['--from', join(dir, name)]);
      expect(run.code, `${name}: ${run.output}`).toBe(expected);
      expect(run.output).toMatch(/^production dependency tree \(npm ls --omit=dev --all\): \d+ packages, \d+ direct$/m);
    }
    expect(runScript(['--bogus']).code).toBe(2);
  });

  it('counts each name@version of a dependency tree once', () => {
    const tree = {
      name: 'shinrai',
      dependencies: {
        alder: { version: '1.0.0', dependencies: { birch: { version: '2.0.0' }, cedar: { version: '3.0.0', dependencies: { birch: { version: '2.0.0' } } } } },
        birch: { version: '2.1.0' },
        dogwood: { version: '4.0.0', dependencies: { cedar: { version: '3.0.0' } } },
      },
    };
    expect(countDependencyTree(JSON.stringify(tree))).toEqual({ packages: 5, direct: 3 });
  });
});
