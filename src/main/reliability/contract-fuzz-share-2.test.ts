/**
 * Issue 9, hostile input: share 2 of 3 of the contract's operations (by
 * position, so a new operation is fuzzed without anyone listing it), each
 * sent 10,000 malformed payloads (contract-fuzz-harness.ts). Three files, so
 * that vitest's workers share the 1.1 million calls.
 */
import { contractFuzzShare } from './contract-fuzz-harness';

contractFuzzShare(1, 3);
