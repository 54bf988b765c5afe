/** A candidate's intake as read-only facts, with the way to edit them. */
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../shared/domain/entities';
import { APPROACHED_BY_LABEL, ORIGIN_LABEL } from '../../../shared/i18n/pipeline-label-keys';
import { useLanguage } from '../../app/use-language';
import { formatCalendarDate } from '../../../shared/i18n/format';
import { hasIntroducer } from './intake-draft';

export function IntakeSummary({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation('pipeline');
  const lang = useLanguage();
  const notRecorded = <span className="muted">{t('detail.notRecorded')}</span>;
  const text = (value: string) => (value.trim() === '' ? notRecorded : value);
  const showIntroducer = hasIntroducer(candidate.origin) || candidate.introducer.trim() !== '' || candidate.introducerRelationship.trim() !== '';
  return (
    <dl className="intake-summary">
      <div>
        <dt>{t('intake.origin')}</dt>
        <dd>{candidate.origin === 'unknown' ? notRecorded : t(ORIGIN_LABEL[candidate.origin])}</dd>
      </div>
      <div>
        <dt>{t('intake.approachedBy')}</dt>
        <dd>{candidate.approachedBy === 'unknown' ? notRecorded : t(APPROACHED_BY_LABEL[candidate.approachedBy])}</dd>
      </div>
      <div>
        <dt>{t('intake.firstContactOn')}</dt>
        <dd>{candidate.firstContactOn ? formatCalendarDate(candidate.firstContactOn, lang) : notRecorded}</dd>
      </div>
      {showIntroducer && (
        <>
          <div>
            <dt>{t('intake.introducer')}</dt>
            <dd>{text(candidate.introducer)}</dd>
          </div>
          <div>
            <dt>{t('intake.introducerRelationship')}</dt>
            <dd>{text(candidate.introducerRelationship)}</dd>
          </div>
        </>
      )}
      <div className="intake-summary__wide">
        <dt>{t('intake.statedIntent')}</dt>
        <dd className="intake-summary__intent">{text(candidate.statedIntent)}</dd>
      </div>
    </dl>
  );
}
