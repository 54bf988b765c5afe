/**
 * What the screen and the Monte Carlo worker say to each other. Both sides
 * parse what they receive with these schemas (ENGINEERING.md, pattern 3): a
 * message is data crossing a boundary like any other.
 */
import { z } from 'zod';
import { Confidence } from '../../../shared/domain/entities';
import { MAX_DRAWS } from '../../../shared/engine/monte-carlo';

const Id = z.string().min(1);
// Shares are sums of fractions of a draw (ties split one), so they may land a hair above 1.
const Share = z.number().min(0).max(1 + 1e-9);

/** ScoringInput (shared/engine/types.ts) as it travels to the worker. */
export const ScoringInputMessage = z.object({
  pillars: z.array(z.object({ id: Id, weight: z.number().min(0) })),
  criteria: z.array(z.object({ id: Id, pillarId: Id, weight: z.number().min(0), knockout: z.boolean(), passMark: z.number() })),
  candidates: z.array(z.object({ id: Id })),
  scores: z.array(z.object({ evaluatorId: Id, candidateId: Id, criterionId: Id, value: z.number(), confidence: Confidence })),
  consensus: z.array(z.object({ candidateId: Id, criterionId: Id, value: z.number() })),
  conflicts: z.array(z.object({ evaluatorId: Id, candidateId: Id })).optional(),
  flags: z.array(z.object({ candidateId: Id, criterionId: Id.nullable(), penalty: z.number().min(0), knockout: z.boolean() })).optional(),
});

const RunId = z.number().int().min(0);

export const MonteCarloRequest = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    runId: RunId,
    input: ScoringInputMessage,
    options: z.object({
      draws: z.number().int().min(0).max(MAX_DRAWS),
      seed: z.number().int(),
      weightJitter: z.number().min(0).max(1),
    }),
  }),
  z.object({ type: z.literal('cancel'), runId: RunId }),
]);
export type MonteCarloRequest = z.infer<typeof MonteCarloRequest>;

const MonteCarloResultMessage = z.object({
  draws: z.number().int().min(0),
  seed: z.number().int(),
  weightJitter: z.number(),
  confidenceRadius: z.object({ high: z.number(), medium: z.number(), low: z.number() }),
  candidates: z.array(
    z.object({
      candidateId: Id,
      firstShare: Share,
      rankShares: z.array(Share),
      knockedOutShare: Share,
      meanTotal: z.number(),
    }),
  ),
});

export const MonteCarloReply = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), runId: RunId, done: z.number().int().min(0), total: z.number().int().min(0) }),
  z.object({ type: z.literal('done'), runId: RunId, result: MonteCarloResultMessage }),
  z.object({ type: z.literal('cancelled'), runId: RunId, done: z.number().int().min(0), total: z.number().int().min(0) }),
  /** runId null: the request itself could not be read, so it belongs to no run. */
  z.object({ type: z.literal('failed'), runId: RunId.nullable(), message: z.string() }),
]);
export type MonteCarloReply = z.infer<typeof MonteCarloReply>;
