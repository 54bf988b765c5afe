/**
 * The Terms sheet (issue 6): each candidate's term sheet as rows a reader can
 * follow without the app. Per candidate in the room's order: the sheet
 * (legal review status, reviewer), its phases (dates, exclusivity, scope
 * described in words, targets and tiers), its milestones (metric, target,
 * due, status, actual) and its triggers, each in one sentence.
 */
import { candidateName } from '../domain/display-names';
import type { DealRoomDetail, Language } from '../domain/entities';
import type { Milestone, MilestoneMetric, PhaseTarget } from '../domain/terms';
import { formatPoints } from '../i18n/format';
import { translator } from '../i18n/translator';
import { describeTrigger } from '../terms/evaluate-term-sheet';
import { describeScope } from '../terms/scope-sets';
import { headerRow, num, text, type ExportCell, type ExportRow, type ExportTable } from './export-table';

type T = ReturnType<typeof translator>;

function labels(t: T) {
  return {
    record: { sheet: t('exports:terms.record.sheet'), phase: t('exports:terms.record.phase'), milestone: t('exports:terms.record.milestone'), trigger: t('exports:terms.record.trigger') },
    exclusivity: { none: t('exports:terms.exclusivity.none'), conditional: t('exports:terms.exclusivity.conditional'), exclusive: t('exports:terms.exclusivity.exclusive') },
    status: {
      pending: t('exports:terms.milestoneStatus.pending'),
      met: t('exports:terms.milestoneStatus.met'),
      missed: t('exports:terms.milestoneStatus.missed'),
      waived: t('exports:terms.milestoneStatus.waived'),
    },
    review: {
      draft: t('exports:terms.review.draft'),
      in_review: t('exports:terms.review.in_review'),
      changes_requested: t('exports:terms.review.changes_requested'),
      approved: t('exports:terms.review.approved'),
    },
    tier: { base: t('exports:terms.tier.base'), stretch: t('exports:terms.tier.stretch'), exceed: t('exports:terms.tier.exceed') },
    metric: {
      revenue: t('exports:terms.metric.revenue'),
      units: t('exports:terms.metric.units'),
      new_accounts: t('exports:terms.metric.new_accounts'),
      decision_maker_meetings: t('exports:terms.metric.decision_maker_meetings'),
      events: t('exports:terms.metric.events'),
      market_reports: t('exports:terms.metric.market_reports'),
      regulatory_filing: t('exports:terms.metric.regulatory_filing'),
      monthly_data: t('exports:terms.metric.monthly_data'),
      business_review: t('exports:terms.metric.business_review'),
      custom: t('exports:terms.metric.custom'),
    } satisfies Record<MilestoneMetric, string>,
  };
}

/** A target or an actual as a number cell: whole numbers without decimals, others with two. */
function amount(value: number | null): ExportCell {
  return num(value, value !== null && Number.isInteger(value) ? 'integer' : 'score');
}

export function termsTable(detail: DealRoomDetail, lang: Language): ExportTable {
  const t = translator(lang);
  const l = labels(t);
  const metricName = (m: { metric: MilestoneMetric; customMetric: string }) => (m.metric === 'custom' && m.customMetric.trim() !== '' ? m.customMetric : l.metric[m.metric]);
  const withUnit = (value: number, unit: string) => `${formatPoints(value, lang, Number.isInteger(value) ? 0 : 2)}${unit ? ` ${unit}` : ''}`;
  const targetText = (target: PhaseTarget) => t('exports:terms.values.target', { tier: l.tier[target.tier], metric: metricName(target), value: withUnit(target.value, target.unit) });

  const rows: ExportRow[] = [
    headerRow([
      t('exports:columns.candidate'),
      t('exports:terms.columns.record'),
      t('exports:terms.columns.name'),
      t('exports:terms.columns.from'),
      t('exports:terms.columns.to'),
      t('exports:terms.columns.standing'),
      t('exports:terms.columns.scopeOrMetric'),
      t('exports:terms.columns.target'),
      t('exports:terms.columns.actual'),
      t('exports:terms.columns.inWords'),
    ]),
  ];
  const sheets = new Map(detail.termSheets.map((s) => [s.candidateId, s]));
  const bySortOrder = <R extends { sortOrder: number }>(a: R, b: R) => a.sortOrder - b.sortOrder;
  for (const candidate of [...detail.candidates].sort(bySortOrder)) {
    const sheet = sheets.get(candidate.id);
    if (!sheet) continue;
    const name = candidateName(candidate, lang);
    const phases = detail.phases.filter((p) => p.termSheetId === sheet.id).sort(bySortOrder);
    const milestones: Milestone[] = detail.milestones.filter((m) => m.termSheetId === sheet.id).sort(bySortOrder);
    const triggers = detail.triggers.filter((tr) => tr.termSheetId === sheet.id).sort(bySortOrder);
    const body = (cells: ExportCell[]): ExportRow => ({ role: 'body', cells: [text(name), ...cells] });

    rows.push({
      role: 'summary',
      cells: [
        text(name),
        text(l.record.sheet),
        text(sheet.title),
        text(phases[0]?.startsOn ?? ''),
        text(phases.at(-1)?.endsOn ?? ''),
        text(l.review[sheet.reviewStatus]),
        text(''),
        text(''),
        text(''),
        text(sheet.reviewer === '' ? '' : t('exports:terms.values.reviewer', { name: sheet.reviewer })),
      ],
    });
    for (const p of phases)
      rows.push(
        body([
          text(l.record.phase),
          text(p.name),
          text(p.startsOn),
          text(p.endsOn),
          text(l.exclusivity[p.exclusivity]),
          text(describeScope(p.scope, lang)),
          text(''),
          text(''),
          text(p.targets.map(targetText).join('\n')),
        ]),
      );
    for (const m of milestones) {
      const outcome = [
        m.description,
        m.settledOn === null ? '' : t('exports:terms.values.settled', { date: m.settledOn }),
        m.evidence === '' ? '' : t('exports:terms.values.evidence', { text: m.evidence }),
        m.status === 'waived' ? t('exports:terms.values.waived', { reason: m.waivedReason }) : '',
      ].filter((s) => s !== '');
      rows.push(
        body([
          text(l.record.milestone),
          text(m.code),
          text(''),
          text(m.dueOn),
          text(l.status[m.status]),
          text(m.unit === '' ? metricName(m) : `${metricName(m)} (${m.unit})`),
          amount(m.target),
          amount(m.actual),
          text(outcome.join('\n')),
        ]),
      );
    }
    for (const trigger of triggers)
      rows.push(
        body([
          text(l.record.trigger),
          text(trigger.name === '' ? trigger.code : `${trigger.code} ${trigger.name}`),
          text(''),
          text(trigger.condition.by ?? ''),
          text(''),
          text(''),
          text(''),
          text(''),
          text(describeTrigger(trigger, milestones, lang)),
        ]),
      );
  }
  return { key: 'terms', title: t('exports:sheets.terms'), widths: [28, 14, 32, 12, 12, 16, 36, 14, 14, 70], frozenColumns: 2, rows };
}
