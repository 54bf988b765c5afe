/**
 * Proposals grouped the way people talk about them: "the distributor
 * proposal, now at version 2". A send-back's revision points at the version
 * before (previousId); each chain lists its versions in order, and the chain
 * with the most recent version comes first.
 */
import type { Proposal } from '../../../shared/domain/ringi';

export interface ProposalChain {
  /** The first version's id: stable while the chain grows. */
  rootId: string;
  /** v1, v2, … in order. */
  versions: Proposal[];
  latest: Proposal;
}

function rootOf(p: Proposal, byId: ReadonlyMap<string, Proposal>): string {
  let current = p;
  const seen = new Set<string>([p.id]);
  // A previous version missing from the list (or a loop in damaged data) ends the walk there.
  while (current.previousId !== null) {
    const previous = byId.get(current.previousId);
    if (!previous || seen.has(previous.id)) break;
    seen.add(previous.id);
    current = previous;
  }
  return current.id;
}

const byVersion = (a: Proposal, b: Proposal) => a.version - b.version || a.createdAt.localeCompare(b.createdAt);

export function proposalChains(proposals: readonly Proposal[]): ProposalChain[] {
  const byId = new Map(proposals.map((p) => [p.id, p]));
  const groups = new Map<string, Proposal[]>();
  for (const p of proposals) {
    const root = rootOf(p, byId);
    groups.set(root, [...(groups.get(root) ?? []), p]);
  }
  const chains = [...groups.entries()].map(([rootId, list]) => {
    const versions = [...list].sort(byVersion);
    return { rootId, versions, latest: versions[versions.length - 1]! };
  });
  return chains.sort((a, b) => b.latest.createdAt.localeCompare(a.latest.createdAt) || b.rootId.localeCompare(a.rootId));
}
