import { describe, expect, it } from 'vitest';
import type { Phase, Scope, Trigger } from '../../../shared/domain/terms';
import { roomScopeLabels, withLabel } from './room-scope-labels';

const scope = (over: Partial<Scope>): Scope => ({ territory: ['JP'], channels: [], segments: [], products: [], ...over });
const phase = (s: Scope) => ({ scope: s }) as Phase;
const trigger = (actions: Trigger['actions']) => ({ actions }) as Trigger;

describe('room scope labels', () => {
  it('gathers the labels of phases and trigger grants and reverts, without built-in channels, once each and sorted', () => {
    const labels = roomScopeLabels(
      {
        phases: [phase(scope({ channels: ['hospitals', 'university hospitals'], segments: ['cardiology'] })), phase(scope({ products: ['patient monitors'] }))],
        triggers: [
          trigger([
            { kind: 'grant_exclusivity', scope: scope({ channels: ['university hospitals'], segments: ['ICU'] }), months: 24, startsOn: null },
            { kind: 'revert_non_exclusive', scope: scope({ products: ['cardiac monitors'] }) },
            { kind: 'revert_non_exclusive', scope: null },
            { kind: 'termination_right' },
          ]),
        ],
      },
      new Set(['hospitals', 'clinics']),
      (a, b) => a.localeCompare(b, 'en'),
    );
    expect(labels).toEqual({ channels: ['university hospitals'], segments: ['cardiology', 'ICU'], products: ['cardiac monitors', 'patient monitors'] });
  });

  it('adds a typed label once, trimmed, and ignores blanks', () => {
    expect(withLabel(['ICU'], '  循環器科 ')).toEqual(['ICU', '循環器科']);
    expect(withLabel(['ICU'], 'ICU')).toEqual(['ICU']);
    expect(withLabel(['ICU'], '   ')).toEqual(['ICU']);
  });
});
