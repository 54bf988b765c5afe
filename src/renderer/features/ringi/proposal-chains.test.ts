import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposalChains } from './proposal-chains';
import { testProposal } from './test-proposals';

describe('proposalChains', () => {
  it('groups a send-back and its revision, with the newest chain first', () => {
    const v1 = testProposal({ id: 'a1', createdAt: '2027-03-01T00:00:00Z', status: 'sent_back' });
    const other = testProposal({ id: 'b1', createdAt: '2027-03-03T00:00:00Z', title: 'Hayate as agent' });
    const v2 = testProposal({ id: 'a2', version: 2, previousId: 'a1', createdAt: '2027-03-05T00:00:00Z', status: 'draft' });
    const chains = proposalChains([other, v2, v1]);
    expect(chains.map((c) => c.rootId)).toEqual(['a1', 'b1']);
    expect(chains[0]!.versions.map((p) => p.version)).toEqual([1, 2]);
    expect(chains[0]!.latest.id).toBe('a2');
  });

  it('property: every proposal lands in exactly one chain, versions ascending', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 12 }), (links) => {
        // Proposal i revises an earlier one (links[i] places back) or starts a chain.
        const list = links.map((back, i) => {
          const prev = back > 0 && i - back >= 0 ? `p${i - back}` : null;
          return testProposal({ id: `p${i}`, previousId: prev, version: i + 1, createdAt: new Date(Date.UTC(2027, 0, 1 + i)).toISOString() });
        });
        const chains = proposalChains(list);
        expect(chains.flatMap((c) => c.versions.map((p) => p.id)).sort()).toEqual(list.map((p) => p.id).sort());
        for (const c of chains) expect(c.versions.map((p) => p.version)).toEqual([...c.versions.map((p) => p.version)].sort((a, b) => a - b));
      }),
    );
  });
});
