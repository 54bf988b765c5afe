/**
 * The ApiClient the whole renderer uses, over either door. Every answer is
 * checked with zod before the UI sees it (ENGINEERING.md, pattern 3): first
 * the Result envelope, then the operation's own output schema. Anything that
 * fails becomes an error value with a translated message, never an exception.
 */
import type { ApiClient } from '../../shared/api/client';
import { contract, type OperationName, type OutputOf } from '../../shared/api/contract';
import { ResultEnvelope, type Result } from '../../shared/api/result';
import { TransportFailure, type Transport } from './transport';

/** Words for failures of the door itself, in the current UI language. */
export type FailureWording = (reason: TransportFailure['reason']) => string;

export function resultClient(transport: Transport, wording: FailureWording): ApiClient {
  return {
    async call<N extends OperationName>(name: N, input: unknown): Promise<Result<OutputOf<N>>> {
      let raw: unknown;
      try {
        raw = await transport(name, input);
      } catch (err) {
        const reason = err instanceof TransportFailure ? err.reason : 'unreachable';
        return { ok: false, error: { code: 'internal', message: wording(reason) } };
      }
      const envelope = ResultEnvelope.safeParse(raw);
      if (!envelope.success) return { ok: false, error: { code: 'internal', message: wording('malformed_response') } };
      if (!envelope.data.ok) return { ok: false, error: envelope.data.error };
      const output = contract[name].output.safeParse(envelope.data.value);
      if (!output.success) return { ok: false, error: { code: 'internal', message: wording('malformed_response') } };
      return { ok: true, value: output.data as OutputOf<N> };
    },
  };
}
