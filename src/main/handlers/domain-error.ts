/**
 * An expected failure inside a handler: not found, a broken rule, a newer or
 * damaged file. Carries an i18n key so each door can word it in the caller's
 * language; the dispatcher turns it into an error value.
 */
import type { ErrorCode } from '../../shared/api/result';

/**
 * A message key names its namespace ("pipeline:errors.gate") or lives in the
 * errors namespace ("notFound.candidate").
 */
export function qualifiedErrorKey(messageKey: string): string {
  return messageKey.includes(':') ? messageKey : `errors:${messageKey}`;
}

export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    /** Key in the errors namespace, e.g. "notFound.candidate", or "namespace:key" in an area's own. */
    readonly messageKey: string,
    readonly params: Record<string, unknown> = {},
    /** Dotted path of the field at fault, when there is one. */
    readonly path?: string,
  ) {
    super(`${code}: ${messageKey} ${JSON.stringify(params)}`);
    this.name = 'DomainError';
  }
}

/**
 * Input that passed the contract's schema but failed a deeper one (an imported
 * file): the dispatcher words its first issue with the path under `prefix`.
 */
export class NestedValidationError extends Error {
  constructor(
    readonly zodError: import('zod').ZodError,
    readonly input: unknown,
    readonly prefix: PropertyKey[],
  ) {
    super(`invalid nested input: ${zodError.message}`);
    this.name = 'NestedValidationError';
  }
}
