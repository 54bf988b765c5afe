/**
 * A proposal snapshot's content hash: SHA-256 (hex) of its canonical JSON,
 * so the same snapshot always gives the same hash however its objects were
 * built or read back, and two printouts of one version carry the same one.
 */
import { createHash } from 'node:crypto';
import type { ProposalSnapshot } from '../../shared/domain/ringi';
import { canonicalJson } from '../../shared/hashing/canonical-json';

export function snapshotHash(snapshot: ProposalSnapshot): string {
  return createHash('sha256').update(canonicalJson(snapshot), 'utf8').digest('hex');
}
