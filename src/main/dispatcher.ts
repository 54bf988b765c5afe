/**
 * The one place where a call enters the app, whatever the door: check the
 * name against the contract, validate the input with zod, run the handler,
 * and return an error value instead of throwing (ENGINEERING.md, patterns 1–3).
 */
import { contract, isOperationName, type CallContext, type Handlers, type OperationName, type OutputOf } from '../shared/api/contract';
import type { Result } from '../shared/api/result';
import { validationError } from '../shared/api/validation-message';
import { translator } from '../shared/i18n/translator';
import { DomainError, NestedValidationError, qualifiedErrorKey } from './handlers/domain-error';

export type Logger = (level: 'error' | 'warn' | 'info', message: string, detail?: unknown) => void;

export const consoleLogger: Logger = (level, message, detail) => {
  const line = detail instanceof Error ? `${message}: ${detail.stack ?? detail.message}` : detail === undefined ? message : `${message}: ${JSON.stringify(detail)}`;
  if (level === 'info') console.log(line);
  else console.error(line);
};

export type Dispatch = <N extends OperationName>(name: N | string, input: unknown, ctx: CallContext) => Result<OutputOf<N>>;

export function createDispatcher(handlers: Handlers, log: Logger = consoleLogger): Dispatch {
  return function dispatch(name, input, ctx) {
    const t = translator(ctx.lang);
    if (!isOperationName(name)) {
      return { ok: false, error: { code: 'unknown_operation', message: t('errors:unknownOperation', { name: String(name).slice(0, 100) }) } };
    }
    const op = contract[name];
    // Only a missing input means "no fields" (an HTTP body without `input`); null is a wrong value, refused as such.
    const parsed = op.input.safeParse(input === undefined ? {} : input);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error, ctx.lang, input) };
    try {
      const handler = handlers[name] as (input: unknown, ctx: CallContext) => unknown;
      const value = handler(parsed.data, ctx);
      return { ok: true, value: value as OutputOf<typeof name> } as Result<never>;
    } catch (err) {
      if (err instanceof DomainError) {
        return {
          ok: false,
          error: {
            code: err.code,
            message: t(qualifiedErrorKey(err.messageKey), err.params),
            ...(err.path ? { path: err.path } : {}),
            // A field problem worded by a handler carries its bare problem too, as zod's do.
            ...(err.path && typeof err.params.problem === 'string' ? { problem: err.params.problem } : {}),
          },
        };
      }
      if (err instanceof NestedValidationError) {
        return { ok: false, error: validationError(err.zodError, ctx.lang, err.input, err.prefix) };
      }
      log('error', `operation ${name} failed`, err);
      return { ok: false, error: { code: 'internal', message: t('errors:internal') } };
    }
  };
}
