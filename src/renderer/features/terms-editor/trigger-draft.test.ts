import { describe, expect, it } from 'vitest';
import type { Phase, Scope, Trigger } from '../../../shared/domain/terms';
import { actionFromDraft, defaultGrantScope, draftFromTrigger, newActionDraft, newTriggerDraft, toggleMilestone, triggerFieldsFromDraft, triggerPreview } from './trigger-draft';

const kinki: Scope = { territory: ['JP-R-kinki'], channels: ['hospitals'], segments: [], products: [] };
const kanto: Scope = { territory: ['JP-R-kanto'], channels: [], segments: [], products: [] };
const phase = (id: string, startsOn: string, exclusivity: Phase['exclusivity'], scope: Scope = kanto) => ({ id, startsOn, exclusivity, scope, sortOrder: 0 }) as Phase;

const t1: Trigger = {
  id: 't1',
  termSheetId: 's1',
  code: 'T1',
  name: 'Earn exclusivity',
  condition: { quantifier: 'all', k: null, outcome: 'met', milestoneIds: ['m1', 'm2', 'm3'], by: '2028-03-31' },
  actions: [
    { kind: 'grant_exclusivity', scope: kinki, months: 24, startsOn: null },
    { kind: 'revert_non_exclusive', scope: null },
    { kind: 'incentive_tier', tier: 'exceed' },
  ],
  sortOrder: 0,
};

describe('trigger draft', () => {
  it('offers the conditional phase scope for a grant, else the last phase, else all of Japan', () => {
    expect(defaultGrantScope([phase('a', '2027-04-01', 'none'), phase('b', '2028-04-01', 'conditional', kinki), phase('c', '2030-04-01', 'none')])).toEqual(kinki);
    expect(defaultGrantScope([phase('b', '2028-04-01', 'none', kinki), phase('a', '2027-04-01', 'none')])).toEqual(kinki);
    expect(defaultGrantScope([])).toEqual({ territory: ['JP'], channels: [], segments: [], products: [] });
  });

  it('starts a new trigger as T<next> with one grant', () => {
    const d = newTriggerDraft([t1], []);
    expect(d).toMatchObject({ code: 'T2', quantifier: 'all', outcome: 'met', milestoneIds: [], by: '' });
    expect(d.actions.map((a) => [a.kind, a.months])).toEqual([['grant_exclusivity', '24']]);
  });

  it('round-trips a stored trigger through the form unchanged', () => {
    expect(triggerFieldsFromDraft(draftFromTrigger(t1, []))).toEqual({ code: 'T1', name: 'Earn exclusivity', condition: t1.condition, actions: t1.actions });
  });

  it('sends k only for "at least k of"', () => {
    const d = { ...draftFromTrigger(t1, []), k: '2' };
    expect(triggerFieldsFromDraft(d).condition.k).toBeNull();
    expect(triggerFieldsFromDraft({ ...d, quantifier: 'at_least' }).condition.k).toBe(2);
    expect(triggerFieldsFromDraft({ ...d, quantifier: 'at_least', k: '' }).condition.k).toBeNull();
  });

  it('keeps what was typed when an action changes kind, and sends only that kind’s fields', () => {
    const grant = { ...newActionDraft('grant_exclusivity', kinki), months: '36', startsOn: '2028-07-01' };
    expect(actionFromDraft({ ...grant, kind: 'extend_term' })).toEqual({ kind: 'extend_term', months: 36 });
    expect(actionFromDraft({ ...grant, kind: 'revert_non_exclusive', wholeSheet: false })).toEqual({ kind: 'revert_non_exclusive', scope: kinki });
    expect(actionFromDraft(grant)).toEqual({ kind: 'grant_exclusivity', scope: kinki, months: 36, startsOn: '2028-07-01' });
  });

  it('previews only a draft the contract would accept', () => {
    const d = draftFromTrigger(t1, []);
    expect(triggerPreview(d, 's1')?.actions).toEqual(t1.actions);
    expect(triggerPreview({ ...d, milestoneIds: [] }, 's1')).toBeNull();
    expect(triggerPreview({ ...d, actions: [{ ...newActionDraft('renewal_option', kinki), months: 'twelve' }] }, 's1')).toBeNull();
    expect(triggerPreview({ ...d, actions: [] }, 's1')).toBeNull();
    expect(triggerPreview({ ...d, quantifier: 'at_least', k: '' }, 's1')).toBeNull();
    expect(triggerPreview({ ...d, quantifier: 'at_least', k: '2' }, 's1')?.condition.k).toBe(2);
  });

  it('keeps the ticked milestones in the sheet’s order', () => {
    const order = ['m1', 'm2', 'm3'];
    expect(toggleMilestone(['m3'], 'm1', order)).toEqual(['m1', 'm3']);
    expect(toggleMilestone(['m1', 'm3'], 'm1', order)).toEqual(['m3']);
  });
});
