/**
 * Errors as values at the boundary (ENGINEERING.md, pattern 2): every call
 * through any door returns one of these. `message` is already translated into
 * the caller's language; stack traces stay in the log.
 */
import { z } from 'zod';

export const ErrorCode = z.enum([
  /** The input failed its schema; `path` names the field. */
  'invalid_input',
  /** The operation name is not in the contract. */
  'unknown_operation',
  /** The entity named by the input does not exist. */
  'not_found',
  /** The input is well formed but breaks a rule (e.g. more than 5 compared). */
  'rule_violation',
  /** The database was written by a newer version of Shinrai. */
  'newer_database',
  /** The database file is damaged or not a Shinrai file. */
  'unreadable_database',
  /** The deal-room is encrypted and its key is not at hand: its recovery key opens it. */
  'room_locked',
  /** Anything else: a bug. The message is generic; details are logged. */
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiError = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Dotted path of the offending field, e.g. "pillars[0].criteria[3].weight". */
  path: z.string().optional(),
  /** The problem alone, without the path: for display beside the field it concerns. */
  problem: z.string().optional(),
});
export type ApiError = z.infer<typeof ApiError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ResultEnvelope = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiError }),
]);
