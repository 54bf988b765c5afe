/**
 * `node scripts/audit-production.mjs [--from audit.json]`: is any package
 * that ships with Shinrai (the production dependency tree, devDependencies
 * left out) under a high or critical security advisory?
 *
 * It prints what was checked (the production tree as `npm ls --omit=dev --all`
 * sees it) and the advisories per severity from `npm audit --omit=dev --json`,
 * and exits
 *   0  no high or critical advisory,
 *   1  at least one high or critical advisory (each is listed),
 *   2  npm gave an answer this script does not understand,
 *   3  not checked: the registry's audit endpoint could not be reached or
 *      refused the request (said in one line, with npm's reason).
 * With --from, it judges a report saved earlier (e.g. on a machine that can
 * reach the registry) instead of asking npm.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export const SEVERITIES = /** @type {const} */ (['critical', 'high', 'moderate', 'low', 'info']);
export const FAILING_SEVERITIES = new Set(['critical', 'high']);

const Severity = z.enum(SEVERITIES);

const Advisory = z.object({
  title: z.string(),
  url: z.string(),
  severity: Severity,
  name: z.string(),
});

/** npm audit's JSON (auditReportVersion 2, npm 7 and later): the parts this script reads. */
const AuditReport = z.object({
  auditReportVersion: z.literal(2),
  vulnerabilities: z.record(
    z.string(),
    z.object({
      name: z.string(),
      severity: Severity,
      // An entry is either an advisory or the name of a vulnerable package this one depends on.
      via: z.array(z.union([Advisory, z.string()])),
    }),
  ),
  metadata: z.object({
    vulnerabilities: z.object({ info: z.number(), low: z.number(), moderate: z.number(), high: z.number(), critical: z.number() }),
    dependencies: z.object({ prod: z.number() }).optional(),
  }),
});

/** What npm prints as JSON when the request failed: an HTTP answer it did not expect, or a network error. */
const AuditFailure = z.union([
  z.object({ message: z.string(), statusCode: z.number() }),
  z.object({ error: z.object({ code: z.string(), summary: z.string() }) }),
]);

/**
 * @typedef {{ kind: 'report', counts: Record<(typeof SEVERITIES)[number], number>, failing: { name: string, severity: string, title: string, url: string }[] }
 *   | { kind: 'unreachable', reason: string }
 *   | { kind: 'not_understood', reason: string }} AuditVerdict
 */

/** @returns {AuditVerdict} */
export function judgeAuditOutput(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'not_understood', reason: `npm audit did not print JSON: ${text.trim().slice(0, 200) || '(nothing)'}` };
  }
  const report = AuditReport.safeParse(json);
  if (report.success) {
    const failing = new Map();
    for (const vulnerability of Object.values(report.data.vulnerabilities)) {
      for (const via of vulnerability.via) {
        if (typeof via === 'string' || !FAILING_SEVERITIES.has(via.severity)) continue;
        failing.set(`${via.name} ${via.url}`, { name: via.name, severity: via.severity, title: via.title, url: via.url });
      }
    }
    return { kind: 'report', counts: report.data.metadata.vulnerabilities, failing: [...failing.values()] };
  }
  const failure = AuditFailure.safeParse(json);
  if (failure.success) {
    const reason = 'message' in failure.data ? failure.data.message : `${failure.data.error.code}: ${failure.data.error.summary}`;
    return { kind: 'unreachable', reason: reason.replace(/\s+/g, ' ').trim() };
  }
  return { kind: 'not_understood', reason: `npm audit printed JSON of an unknown shape: ${JSON.stringify(json).slice(0, 200)}` };
}

const LsNode = z.lazy(() =>
  z.object({
    version: z.string().optional(),
    dependencies: z.record(z.string(), LsNode).optional(),
  }),
);

/** Distinct name@version pairs in `npm ls --all --json` output, and how many the project depends on directly. */
export function countDependencyTree(text) {
  const tree = LsNode.parse(JSON.parse(text));
  const seen = new Set();
  const walk = (node) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      const id = `${name}@${child.version ?? '?'}`;
      if (seen.has(id)) continue;
      seen.add(id);
      walk(child);
    }
  };
  walk(tree);
  return { packages: seen.size, direct: Object.keys(tree.dependencies ?? {}).length };
}

function npm(args) {
  // npm is a .cmd on Windows; a shell finds it there, and the arguments here are fixed words.
  return spawnSync('npm', args, { cwd: projectRoot, encoding: 'utf8', shell: process.platform === 'win32', maxBuffer: 64 * 1024 * 1024 });
}

/** The lines to print and the exit code for a verdict. */
export function verdictLines(verdict) {
  if (verdict.kind === 'unreachable') {
    return { code: 3, lines: [`npm audit --omit=dev: not checked, the registry's audit endpoint could not be reached (${verdict.reason})`] };
  }
  if (verdict.kind === 'not_understood') return { code: 2, lines: [verdict.reason] };
  const counts = SEVERITIES.map((s) => `${verdict.counts[s]} ${s}`).join(', ');
  const lines = [`npm audit --omit=dev: ${counts}`];
  for (const advisory of verdict.failing) lines.push(`  ${advisory.severity}: ${advisory.name}: ${advisory.title} (${advisory.url})`);
  const failingCount = verdict.counts.critical + verdict.counts.high;
  if (failingCount > 0) lines.push(`${failingCount} high or critical advisories in production dependencies`);
  return { code: failingCount > 0 ? 1 : 0, lines };
}

function main(argv) {
  const fromIndex = argv.indexOf('--from');
  if (argv.length > 0 && (fromIndex !== 0 || argv.length !== 2)) {
    console.error('usage: node scripts/audit-production.mjs [--from <saved npm audit --json report>]');
    return 2;
  }
  const listing = npm(['ls', '--omit=dev', '--all', '--json']);
  try {
    const tree = countDependencyTree(listing.stdout);
    console.log(`production dependency tree (npm ls --omit=dev --all): ${tree.packages} packages, ${tree.direct} direct`);
  } catch (err) {
    console.error(`npm ls --omit=dev --all gave no usable tree: ${err instanceof Error ? err.message.slice(0, 200) : String(err)}`);
    return 2;
  }
  const auditText = fromIndex === 0 ? readFileSync(argv[1], 'utf8') : npm(['audit', '--omit=dev', '--json']).stdout;
  const { code, lines } = verdictLines(judgeAuditOutput(auditText));
  for (const line of lines) console.log(line);
  return code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
