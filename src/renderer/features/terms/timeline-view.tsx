/**
 * The "Timeline" view: one lane per candidate with a term sheet, all on the
 * same time axis so that pilots, deadlines and exclusivity line up across
 * candidates, with a legend that names every mark in words.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/entities';
import { formatCalendarDate } from '../../../shared/i18n/format';
import { EmptyState } from '../../components/empty-state';
import type { CandidateTerms } from './candidate-terms';
import { TimelineChart } from './timeline-chart';
import { buildTimeline } from './timeline-model';
import { useTermWords } from './term-words';

export function TimelineView({ terms, asOf, today, lang }: { terms: CandidateTerms[]; asOf: string; today: string; lang: Language }) {
  const { t } = useTranslation('termsReview');
  const words = useTermWords();
  const model = useMemo(
    () =>
      buildTimeline(
        terms.flatMap((x) =>
          x.records && x.evaluation
            ? [{ candidateId: x.candidate.id, name: x.name, phases: x.records.phases, milestones: x.records.milestones, triggers: x.records.triggers, evaluation: x.evaluation }]
            : [],
        ),
        today,
        asOf,
      ),
    [terms, asOf, today],
  );

  if (!model) return <EmptyState>{t('timeline.empty')}</EmptyState>;
  return (
    <div className="terms-timelines">
      <p className="section-intro">
        {t('timeline.intro', { from: formatCalendarDate(model.from, lang), to: formatCalendarDate(model.to, lang) })}
        {model.todayX === null && ` ${t('timeline.todayOutside', { date: formatCalendarDate(today, lang) })}`}
      </p>
      <ul className="terms-timeline-legend" aria-label={t('timeline.legend')}>
        <li>
          <span className="terms-timeline-legend__swatch terms-timeline-legend__swatch--none" aria-hidden="true" />
          {words.exclusivity.none}
        </li>
        <li>
          <span className="terms-timeline-legend__swatch terms-timeline-legend__swatch--conditional" aria-hidden="true" />
          {words.exclusivity.conditional}
        </li>
        <li>
          <span className="terms-timeline-legend__swatch terms-timeline-legend__swatch--exclusive" aria-hidden="true" />
          {words.exclusivity.exclusive}
        </li>
        <li>
          <span className="terms-timeline-legend__swatch terms-timeline-legend__swatch--grant" aria-hidden="true" />
          {t('timeline.legendGrant')}
        </li>
        <li>
          <span className="terms-timeline-legend__glyph" aria-hidden="true">
            ◆
          </span>
          {t('timeline.legendMilestone')}
        </li>
        <li>
          <span className="terms-timeline-legend__glyph" aria-hidden="true">
            ▼
          </span>
          {t('timeline.legendTrigger')}
        </li>
        <li>
          <span className="terms-timeline-legend__line terms-timeline-legend__line--today" aria-hidden="true" />
          {t('timeline.today')}
        </li>
        <li>
          <span className="terms-timeline-legend__line terms-timeline-legend__line--as-of" aria-hidden="true" />
          {t('timeline.asOfDate', { date: formatCalendarDate(asOf, lang) })}
        </li>
      </ul>
      {model.lanes.map((lane) => (
        <TimelineChart key={lane.candidateId} model={model} lane={lane} lang={lang} />
      ))}
    </div>
  );
}
