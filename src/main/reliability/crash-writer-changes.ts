/**
 * What the crash writer (crash-writer-child.ts) does, in the words both sides
 * use: the child plans a change, prints it as `begin <json>` before calling
 * the contract and as `committed <json>` (with the ids the call returned and
 * the change log's head after it) once the call returned ok. The parent reads
 * those lines through zod, like any other input from outside, and checks the
 * room file against them.
 */
import { z } from 'zod';

const Tag = z.string().regex(/^[a-z]\d+-\d+$/);

const CreateCandidate = z.strictObject({ kind: z.literal('create'), n: z.number().int(), nameLatin: z.string(), candidateId: z.string().optional() });
const UpdateHeadquarters = z.strictObject({ kind: z.literal('update'), n: z.number().int(), candidateId: z.string(), headquarters: z.string() });
const SetScore = z.strictObject({
  kind: z.literal('score'),
  n: z.number().int(),
  candidateId: z.string(),
  criterionId: z.string(),
  evaluatorId: z.string(),
  value: z.number(),
  rationale: z.string(),
});
/** One weights.apply: every criterion of one pillar changes weight in one transaction (the multi-row change). */
const ApplyWeights = z.strictObject({
  kind: z.literal('weights'),
  n: z.number().int(),
  pillarId: z.string(),
  weights: z.array(z.strictObject({ id: z.string(), weight: z.number() })).min(2),
});

export const WriterChange = z.discriminatedUnion('kind', [CreateCandidate, UpdateHeadquarters, SetScore, ApplyWeights]);
export type WriterChange = z.infer<typeof WriterChange>;

export const CommittedLine = z.strictObject({
  change: WriterChange,
  /** The change log's newest seq once the call returned: this change's rows end there. */
  head: z.number().int().min(1),
  /** Wall-clock milliseconds when the call returned (for the figures only, never asserted). */
  at: z.number(),
});
export type CommittedLine = z.infer<typeof CommittedLine>;

const ReadyLine = z.strictObject({ head: z.number().int().min(0), candidates: z.number().int().min(0) });

/** What a run of the child printed, read back line by line. */
export interface WriterOutput {
  ready: z.infer<typeof ReadyLine> | null;
  committed: CommittedLine[];
  /** The change that was begun but whose commit line never came: it may or may not have landed. */
  inFlight: WriterChange | null;
  /** The child reached the point of opening the data folder. */
  opening: boolean;
  stopped: boolean;
}

export function parseWriterOutput(text: string): WriterOutput {
  const out: WriterOutput = { ready: null, committed: [], inFlight: null, opening: false, stopped: false };
  // A SIGKILL can only cut the output between lines: each line is one write to a pipe, shorter than PIPE_BUF.
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const space = line.indexOf(' ');
    const word = space < 0 ? line : line.slice(0, space);
    const rest = space < 0 ? '' : line.slice(space + 1);
    if (word === 'loaded') continue;
    if (word === 'opening') out.opening = true;
    else if (word === 'ready') out.ready = ReadyLine.parse(JSON.parse(rest));
    else if (word === 'begin') out.inFlight = WriterChange.parse(JSON.parse(rest));
    else if (word === 'committed') {
      const committed = CommittedLine.parse(JSON.parse(rest));
      if (out.inFlight?.n !== committed.change.n) throw new Error(`committed ${committed.change.n} without its begin line`);
      out.committed.push(committed);
      out.inFlight = null;
    } else if (word === 'stopped') out.stopped = true;
    else throw new Error(`unexpected line from the crash writer: ${line}`);
  }
  return out;
}

/** The tag that makes a change's text unique in the room: run label and change number. */
export function changeTag(run: string, n: number): string {
  return Tag.parse(`${run}-${n}`);
}

/** A change-log row as the checks compare it (before/after parsed from their JSON). */
export interface LogRow {
  seq: number;
  entity: string;
  entityId: string;
  field: string;
  after: unknown;
  hash: string;
}

function afterField(row: LogRow, field: string): unknown {
  return typeof row.after === 'object' && row.after !== null ? (row.after as Record<string, unknown>)[field] : undefined;
}

/**
 * Whether `rows` are exactly the change-log rows of `change`: nothing more,
 * nothing less. Returns why not, or null when they are.
 */
export function rowsMismatch(change: WriterChange, rows: readonly LogRow[]): string | null {
  const shown = () => JSON.stringify(rows.map((r) => [r.seq, r.entity, r.entityId, r.field]));
  switch (change.kind) {
    case 'create': {
      const [row] = rows;
      const fits =
        rows.length === 1 &&
        row?.entity === 'candidate' &&
        row.field === '' &&
        afterField(row, 'nameLatin') === change.nameLatin &&
        (change.candidateId === undefined || row.entityId === change.candidateId);
      return fits ? null : `create ${change.n}: expected one candidate row named ${change.nameLatin}, found ${shown()}`;
    }
    case 'update': {
      const [row] = rows;
      const fits = rows.length === 1 && row?.entity === 'candidate' && row.entityId === change.candidateId && row.field === 'headquarters' && row.after === change.headquarters;
      return fits ? null : `update ${change.n}: expected one headquarters row, found ${shown()}`;
    }
    case 'score': {
      // A new cell is one whole-record row; an existing one logs each field that changed (the rationale always does).
      const allScores = rows.length >= 1 && rows.every((r) => r.entity === 'score');
      const hasRationale = rows.some((r) => (r.field === 'rationale' && r.after === change.rationale) || (r.field === '' && afterField(r, 'rationale') === change.rationale));
      return allScores && hasRationale ? null : `score ${change.n}: expected the score rows with rationale ${change.rationale}, found ${shown()}`;
    }
    case 'weights': {
      const expected = new Map(change.weights.map((w) => [w.id, w.weight]));
      const weightRows = rows.filter((r) => r.entity === 'criterion' && r.field === 'weight');
      const others = rows.filter((r) => !(r.entity === 'criterion' && r.field === 'weight'));
      const fits =
        weightRows.length === expected.size &&
        weightRows.every((r) => expected.get(r.entityId) === r.after) &&
        others.every((r) => r.entity === 'weighting' && r.entityId === change.pillarId);
      return fits ? null : `weights ${change.n}: expected ${expected.size} weight rows, found ${shown()}`;
    }
  }
}
