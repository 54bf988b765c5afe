/**
 * A static check of the Electron shell with @doyensec/electronegativity, run
 * as its CLI over the TypeScript sources (it parses .ts itself, so the test
 * does not depend on `electron-vite build` having run, which in `npm test`
 * comes after vitest).
 *
 * What is scanned, copied into a fresh folder:
 *   electron/   every non-test source of src/main/electron (main, preload, protocol, IPC door …)
 *   renderer/   src/renderer/index.html, whose meta tag carries the page's Content-Security-Policy
 *   tripwire/   one file that is insecure on purpose (see below)
 *
 * The CLI's exit code is 0 whatever it finds, so the test reads its CSV
 * results file. Two things make that file easy to trust too little or too much:
 *   - the tool writes the header and the rows with two racing asynchronous
 *     writes, and skips a file it cannot parse without a word when writing to
 *     a file. The tripwire (a window with nodeIntegration and no
 *     contextIsolation) must come back as a HIGH finding, which proves the
 *     rows arrived and a HIGH finding is seen; and each scanned source is run
 *     through the tool's own parser here, so a skipped file fails the test.
 *   - findings must not pass silently: every one outside the tripwire must be
 *     listed in electronegativity-justifications.ts with its reason, none may
 *     be HIGH, and every listed reason must still match a finding.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { makeTempDir, removeDir } from '../store/test-data-dir';
import { EXCLUDED_CHECKS, JUSTIFIED_FINDINGS, type JustifiedFinding } from './electronegativity-justifications';

const require = createRequire(import.meta.url);
const repoRoot = resolve(__dirname, '../../..');
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const toolCli = join(toolDir, 'dist', 'index.js');
const electronVersion = z.object({ version: z.string() }).parse(require('electron/package.json')).version;

const TRIPWIRE_FILE = 'tripwire/insecure-window.js';
const TRIPWIRE_SOURCE = [
  "// Insecure on purpose: electron-static-check.test.ts expects HIGH findings here.",
  "const { BrowserWindow } = require('electron');",
  'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });',
  '',
].join('\n');

const CSV_HEADER = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url'];
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;

const Finding = z.object({
  check: z.string().regex(/^[A-Z_]+_CHECK$/),
  severity: z.enum(SEVERITIES),
  confidence: z.enum(['TENTATIVE', 'FIRM', 'CERTAIN']),
  file: z.string().min(1),
  location: z.string().regex(/^\d+:\d+$/),
  sample: z.string(),
  description: z.string(),
});
type Finding = z.infer<typeof Finding>;

interface ToolParser {
  parse(filename: string, content: Buffer): [unknown, unknown, string, unknown];
}
const { Parser } = require(join(toolDir, 'dist', 'parser', 'parser.js')) as { Parser: new (babelFirst: boolean, typescriptBabelFirst: boolean) => ToolParser };

let scanDir: string;
let scannedFiles: string[];
let findings: Finding[];
let toolOutput: string;

function stageScanInput(dir: string): string[] {
  const staged: string[] = [];
  const electronSources = join(repoRoot, 'src', 'main', 'electron');
  mkdirSync(join(dir, 'electron'));
  for (const name of readdirSync(electronSources).sort()) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    copyFileSync(join(electronSources, name), join(dir, 'electron', name));
    staged.push(`electron/${name}`);
  }
  mkdirSync(join(dir, 'renderer'));
  copyFileSync(join(repoRoot, 'src', 'renderer', 'index.html'), join(dir, 'renderer', 'index.html'));
  staged.push('renderer/index.html');
  mkdirSync(join(dir, 'tripwire'));
  writeFileSync(join(dir, TRIPWIRE_FILE), TRIPWIRE_SOURCE);
  staged.push(TRIPWIRE_FILE);
  return staged;
}

function readResults(csvFile: string): Finding[] {
  const parsed = Papa.parse<string[]>(readFileSync(csvFile, 'utf8'), { skipEmptyLines: true });
  expect(parsed.errors, 'the results file is well-formed CSV').toEqual([]);
  const [header, ...rows] = parsed.data;
  expect(header?.map((h) => h.trim()), 'the results file starts with its header').toEqual(CSV_HEADER);
  return rows.map((row) => {
    expect(row, `a results row has ${CSV_HEADER.length} fields`).toHaveLength(CSV_HEADER.length);
    const [check, severity, confidence, file, location, sample, description] = row;
    return Finding.parse({ check, severity, confidence, file, location, sample, description });
  });
}

function matches(finding: Finding, justified: JustifiedFinding): boolean {
  return finding.check === justified.check && finding.file === justified.file && finding.sample.includes(justified.sampleContains);
}

function describeFinding(f: Finding): string {
  return `${f.severity} ${f.check} in ${f.file} at ${f.location}: ${f.description} [${f.sample}]`;
}

beforeAll(() => {
  scanDir = makeTempDir('shinrai-electronegativity-');
  const input = join(scanDir, 'input');
  mkdirSync(input);
  scannedFiles = stageScanInput(input);
  const resultsFile = join(scanDir, 'electronegativity.csv');
  const run = spawnSync(
    process.execPath,
    [
      toolCli,
      '--input', input,
      '--output', resultsFile,
      '--relative',
      // The tool cannot find the version in a folder of sources; tell it the one installed.
      '--electron-version', electronVersion,
      '--exclude-checks', EXCLUDED_CHECKS.map((c) => c.check).join(','),
    ],
    { cwd: repoRoot, encoding: 'utf8', timeout: 90_000, env: { ...process.env, NO_COLOR: '1' } },
  );
  toolOutput = `${run.stdout}${run.stderr}`;
  if (run.error) throw run.error;
  // The CLI exits 0 with findings and on most errors alike; its output only matters for a diagnosis.
  expect(toolOutput, 'the CLI complained about its arguments').not.toMatch(/error in your custom checks list|fileFormatError|Usage:/i);
  findings = readResults(resultsFile);
}, 120_000);

afterAll(() => removeDir(scanDir));

describe('electronegativity over the Electron shell', () => {
  it('parses every scanned file with the tool’s own parser (a file it cannot read would be skipped silently)', () => {
    const parser = new Parser(false, true);
    for (const file of scannedFiles) {
      const [, data] = parser.parse(file, readFileSync(join(scanDir, 'input', file)));
      expect(data, `${file} parses`).not.toBeNull();
    }
    expect(scannedFiles).toContain('electron/main.ts');
    expect(scannedFiles).toContain('electron/preload.ts');
  });

  it('reports the insecure tripwire window as HIGH (the results file is complete and HIGH is detected)', () => {
    const tripwire = findings.filter((f) => f.file === TRIPWIRE_FILE);
    expect(tripwire.map((f) => f.check)).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
    expect(tripwire.some((f) => f.severity === 'HIGH')).toBe(true);
  });

  it('finds nothing HIGH in the app, and only findings justified in electronegativity-justifications.ts', () => {
    const ours = findings.filter((f) => f.file !== TRIPWIRE_FILE);
    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, ours.filter((f) => f.severity === s).length]));
    console.log(
      `electronegativity ${require(join(toolDir, 'package.json')).version as string} on Electron ${electronVersion}: ` +
        `${scannedFiles.length - 1} files scanned, ${ours.length} findings: ` +
        SEVERITIES.map((s) => `${counts[s]} ${s}`).join(', ') +
        `; ${EXCLUDED_CHECKS.length} check excluded (${EXCLUDED_CHECKS.map((c) => c.check).join(', ')})`,
    );
    for (const f of ours) console.log(`  ${describeFinding(f)}`);

    expect(ours.filter((f) => f.severity === 'HIGH').map(describeFinding), 'HIGH findings').toEqual([]);
    const unjustified = ours.filter((f) => !JUSTIFIED_FINDINGS.some((j) => matches(f, j)));
    expect(unjustified.map(describeFinding), 'findings without a reason in electronegativity-justifications.ts').toEqual([]);
  });

  it('has no justification left over for a finding that is gone', () => {
    const stale = JUSTIFIED_FINDINGS.filter((j) => !findings.some((f) => matches(f, j)));
    expect(stale.map((j) => `${j.check} in ${j.file}`)).toEqual([]);
    for (const j of [...JUSTIFIED_FINDINGS, ...EXCLUDED_CHECKS]) expect(j.why.length, `${j.check} says why`).toBeGreaterThan(80);
  });
});
