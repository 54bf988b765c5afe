import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANDIDATE_INTAKE_DEFAULTS } from '../../../shared/domain/vetting';
import type { Candidate } from '../../../shared/domain/entities';
import type { TermRisk } from '../../../shared/terms/terms-evaluation';
import { candidatesForTerms, risksBySeverity, type CandidateTerms } from './candidate-terms';
import { buildSideBySide } from './side-by-side-rows';
import { evaluation, KINKI_HOSPITALS, milestone, phase, sheet, trigger } from './test-terms-records';

const candidate = (id: string, sortOrder: number, compared = true): Candidate => ({
  ...CANDIDATE_INTAKE_DEFAULTS,
  id,
  nameJa: '',
  nameLatin: id,
  headquarters: '',
  type: 'distributor',
  website: '',
  notes: '',
  compared,
  sortOrder,
});

const risk = (rule: TermRisk['rule'], severity: TermRisk['severity']): TermRisk => ({
  rule,
  severity,
  subject: 'sheet',
  finding: { en: rule, ja: rule },
  remedy: { en: '', ja: '' },
});

describe('the side-by-side terms', () => {
  const s1 = sheet('s1', 'a', { reviewStatus: 'in_review', reviewer: 'K. Mori' });
  const withSheet: CandidateTerms = {
    candidate: candidate('a', 0),
    name: 'Asagiri',
    records: {
      sheet: s1,
      phases: [phase('p1', 's1', '2027-01-01', '2027-06-30'), phase('p2', 's1', '2027-07-01', '2029-06-30', { exclusivity: 'conditional' })],
      milestones: [
        milestone('m1', 'p1', 's1', 'M1', '2027-03-31'),
        milestone('m2', 'p1', 's1', 'M2', '2027-04-30'),
        milestone('m3', 'p1', 's1', 'M3', '2027-05-31'),
        milestone('m4', 'p1', 's1', 'M4', '2027-06-30'),
      ],
      triggers: [trigger('t1', 's1', 'T1', ['m1', 'm2'], null), trigger('t2', 's1', 'T2', ['m3'], '2027-05-31')],
    },
    evaluation: evaluation('s1', 'a', '2027-06-15', {
      milestones: [
        { milestoneId: 'm1', code: 'M1', standing: 'met', since: '2027-03-20' },
        { milestoneId: 'm2', code: 'M2', standing: 'met', since: '2027-04-20' },
        { milestoneId: 'm3', code: 'M3', standing: 'overdue', since: '2027-06-01' },
        { milestoneId: 'm4', code: 'M4', standing: 'pending', since: null },
      ],
      triggers: [
        { triggerId: 't1', code: 'T1', status: 'fired', firedOn: '2027-04-20', counted: ['M1', 'M2'], sentence: { en: '', ja: '' } },
        { triggerId: 't2', code: 'T2', status: 'lapsed', firedOn: null, counted: [], sentence: { en: '', ja: '' } },
      ],
      rights: [
        {
          kind: 'exclusivity',
          exclusivity: 'exclusive',
          scope: KINKI_HOSPITALS,
          from: '2027-04-21',
          to: '2029-04-20',
          source: { kind: 'trigger', triggerId: 't1' },
          sentence: { en: '', ja: '' },
        },
        { kind: 'termination_right', from: '2027-06-01', source: { kind: 'trigger', triggerId: 't2' }, sentence: { en: '', ja: '' } },
      ],
    }),
    review: { risks: [risk('no_data_sharing', 'medium'), risk('no_exit_assistance', 'high'), risk('long_term_without_review', 'low')], exit: { score: 40, band: 'moderate', reasons: [] } },
  };
  const without: CandidateTerms = { candidate: candidate('b', 1), name: 'Birch', records: null, evaluation: null, review: null };
  const first = { on: '2027-04-21', text: { en: 'From 2027-04-21, once M1 and M2 are met', ja: '' } };
  const model = buildSideBySide([withSheet, without], new Map([['a', first]]));

  it('has a column per candidate, saying which have a sheet', () => {
    expect(model.columns).toEqual([
      { candidateId: 'a', name: 'Asagiri', hasSheet: true },
      { candidateId: 'b', name: 'Birch', hasSheet: false },
    ]);
  });

  it('has as many phase rows as the longest sheet, under the phases group', () => {
    expect(model.rows.slice(0, 3).map((r) => r.id)).toEqual(['group-phases', 'phase-0', 'phase-1']);
    const second = model.rows[2]!;
    expect(second.kind === 'phase' && second.cells).toEqual({ a: withSheet.records!.phases[1], b: null });
  });

  it('counts milestones by standing: 2 met, M3 overdue and M4 pending are open', () => {
    const row = model.rows.find((r) => r.kind === 'milestones')!;
    expect(row.kind === 'milestones' && row.cells).toEqual({ a: { total: 4, met: 2, missed: 0, waived: 0, open: 2, overdue: 1 }, b: null });
  });

  it('counts triggers fired and lapsed, and shows exclusivity in force only', () => {
    const triggers = model.rows.find((r) => r.kind === 'triggers')!;
    expect(triggers.kind === 'triggers' && triggers.cells).toEqual({ a: { total: 2, fired: 1, lapsed: 1 }, b: null });
    const now = model.rows.find((r) => r.kind === 'exclusivityNow')!;
    expect(now.kind === 'exclusivityNow' && now.cells).toEqual({ a: [{ exclusivity: 'exclusive', scope: KINKI_HOSPITALS, to: '2029-04-20' }], b: null });
  });

  it('gives the risk count with the highest severity, the exit difficulty and the review', () => {
    const risks = model.rows.find((r) => r.kind === 'risks')!;
    expect(risks.kind === 'risks' && risks.cells).toEqual({ a: { count: 3, highest: 'high' }, b: null });
    const review = model.rows.find((r) => r.kind === 'review')!;
    expect(review.kind === 'review' && review.cells).toEqual({ a: { status: 'in_review', reviewer: 'K. Mori' }, b: null });
    const firstRow = model.rows.find((r) => r.kind === 'firstExclusivity')!;
    expect(firstRow.kind === 'firstExclusivity' && firstRow.cells).toEqual({ a: first, b: null });
  });

  it('groups risks high to medium to low', () => {
    expect(risksBySeverity(withSheet.review!.risks).map((g) => [g.severity, g.risks.map((r) => r.rule)])).toEqual([
      ['high', ['no_exit_assistance']],
      ['medium', ['no_data_sharing']],
      ['low', ['long_term_without_review']],
    ]);
  });

  it('lists compared candidates first, each group in room order', () => {
    expect(candidatesForTerms([candidate('x', 0, false), candidate('b', 2), candidate('a', 1)]).map((c) => c.id)).toEqual(['a', 'b', 'x']);
  });

  it('counts every milestone exactly once, whatever the standings', () => {
    const standings = ['pending', 'overdue', 'met', 'missed', 'waived'] as const;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...standings), { maxLength: 30 }), (list) => {
        const milestones = list.map((_, i) => milestone(`m${i}`, 'p1', 's1', `M${i + 1}`, '2027-03-31'));
        const terms: CandidateTerms = {
          ...withSheet,
          records: { ...withSheet.records!, milestones },
          evaluation: evaluation('s1', 'a', '2027-06-15', {
            milestones: list.map((standing, i) => ({ milestoneId: `m${i}`, code: `M${i + 1}`, standing, since: null })),
          }),
        };
        const row = buildSideBySide([terms], new Map()).rows.find((r) => r.kind === 'milestones')!;
        const c = row.kind === 'milestones' ? row.cells['a']! : null;
        expect(c!.total).toBe(list.length);
        expect(c!.met + c!.missed + c!.waived + c!.open).toBe(list.length);
        expect(c!.overdue).toBe(list.filter((s) => s === 'overdue').length);
      }),
    );
  });
});
