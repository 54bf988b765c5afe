/**
 * The short id printed on every sheet, so that two printouts of the matrix
 * can be told apart: the first 12 hex digits (48 bits) of the SHA-256 of the
 * canonical JSON of exactly the data printed. The print date is left out on
 * purpose: the same data printed on two days carries the same id, and any
 * changed score, weight, name or flag changes it.
 */
import { canonicalJson } from '../hashing/canonical-json';
import { sha256Hex } from './sha256';

export const SNAPSHOT_ID_LENGTH = 12;

export function snapshotIdOf(printed: unknown): string {
  return sha256Hex(canonicalJson(printed)).slice(0, SNAPSHOT_ID_LENGTH);
}
