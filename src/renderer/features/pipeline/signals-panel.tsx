/**
 * The suitor signals of one candidate (DOMAIN.md, "Intake"): the five things
 * an approach tells you about the firm behind it. Warnings come first, each
 * with a sentence on why it matters; below, every signal can be recorded. For
 * a firm that approached us, the panel opens by saying what the approach is
 * and is not.
 */
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../shared/domain/entities';
import { signalReadingsOf } from '../../../shared/domain/suitor-signal-readings';
import { SIGNAL_TEXTS } from '../../../shared/i18n/pipeline-label-keys';
import { useDealRoom } from '../../app/deal-room-context';
import { Badge } from '../../components/badge';
import { Notice } from '../../components/notice';
import { SignalForm } from './signal-form';

export function SignalsPanel({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation('pipeline');
  const { detail } = useDealRoom();
  const readings = signalReadingsOf(detail.signals, candidate.id);
  const warnings = readings.filter((r) => r.reading === 'warning');
  const inbound = candidate.origin === 'inbound' || candidate.approachedBy === 'they_approached_us';
  return (
    <section className="signals-panel" aria-labelledby="signals-title">
      <div className="signals-panel__header">
        <h4 id="signals-title" className="pipeline-detail__subheading">
          {t('signals.heading')}
        </h4>
        <Badge tone={warnings.length > 0 ? 'warn' : 'neutral'}>{t('signals.warnings', { count: warnings.length })}</Badge>
      </div>
      {inbound && (
        <Notice tone="info">
          <p>{t('signals.inbound')}</p>
        </Notice>
      )}
      {warnings.length > 0 && (
        <div className="notice notice--warn signal-warnings" role="group" aria-label={t('signals.warningsLabel')}>
          <span className="notice__icon" aria-hidden="true">
            !
          </span>
          <ul className="signal-warnings__list">
            {warnings.map((w) => (
              <li key={w.signal}>
                <p className="signal-warnings__what">{t(SIGNAL_TEXTS[w.signal].warning)}</p>
                <p className="signal-warnings__why">{t(SIGNAL_TEXTS[w.signal].why)}</p>
                {w.note && <p className="signal-warnings__note">{t('signals.seen', { note: w.note })}</p>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="section-intro">{t('signals.intro')}</p>
      <div className="signal-forms">
        {readings.map((view) => (
          <SignalForm key={view.signal} candidate={candidate} view={view} />
        ))}
      </div>
    </section>
  );
}
