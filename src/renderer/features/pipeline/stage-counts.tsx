/** How many candidates stand at each stage, as one line of figures above the list. */
import { useTranslation } from 'react-i18next';
import { formatPoints } from '../../../shared/i18n/format';
import { STAGE_LABEL } from '../../../shared/i18n/pipeline-label-keys';
import { useLanguage } from '../../app/use-language';
import type { StageColumn } from './pipeline-view-model';

export function StageCounts({ columns }: { columns: StageColumn[] }) {
  const { t } = useTranslation('pipeline');
  const lang = useLanguage();
  return (
    <div role="group" aria-label={t('list.countsLabel')}>
      <dl className="stage-counts">
        {columns.map(({ stage, cards }) => (
          <div key={stage} className={['stage-counts__item', cards.length === 0 ? 'is-empty' : null].filter(Boolean).join(' ')}>
            <dt>{t(STAGE_LABEL[stage])}</dt>
            <dd>{formatPoints(cards.length, lang, 0)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
