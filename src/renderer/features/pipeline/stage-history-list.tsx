/**
 * Where a candidate has been, oldest move first: from which stage to which,
 * who moved it and when, the reason for declining, and any override of the
 * comparison gate with the reason given for it.
 */
import { useTranslation } from 'react-i18next';
import type { StageHistoryEntry } from '../../../shared/domain/stage-history';
import { STAGE_LABEL } from '../../../shared/i18n/pipeline-label-keys';
import { useLanguage } from '../../app/use-language';
import { ErrorText } from '../../components/error-text';
import { formatDateTime } from '../../../shared/i18n/format';
import type { StageHistoryLoad } from './use-stage-history';

function HistoryItem({ entry }: { entry: StageHistoryEntry }) {
  const { t } = useTranslation('pipeline');
  const lang = useLanguage();
  const to = t(STAGE_LABEL[entry.to]);
  let what: string;
  if (entry.from === null) what = t('history.added', { stage: to });
  else if (entry.from === entry.to) what = t('history.reasonChanged');
  else what = t('history.moved', { from: t(STAGE_LABEL[entry.from]), to });
  return (
    <li className={['stage-history__item', entry.override ? 'stage-history__item--override' : null].filter(Boolean).join(' ')}>
      <p className="stage-history__what">{what}</p>
      <p className="stage-history__who">{t('history.by', { actor: entry.actor, at: formatDateTime(entry.at, lang) })}</p>
      {entry.declinedReason && <p className="stage-history__reason">{t('history.declinedReason', { reason: entry.declinedReason })}</p>}
      {entry.override && (
        <p className="stage-history__override">
          {t('history.override', { count: entry.override.evaluated, reason: entry.override.reason })}
        </p>
      )}
    </li>
  );
}

export function StageHistoryList({ load }: { load: StageHistoryLoad }) {
  const { t } = useTranslation('pipeline');
  if (load.status === 'loading') return <p className="muted">{t('history.loading')}</p>;
  if (load.status === 'failed') return <ErrorText message={t('history.failed', { message: load.error.message })} />;
  if (load.entries.length === 0) return <p className="muted">{t('history.empty')}</p>;
  return (
    <ol className="stage-history">
      {load.entries.map((entry, i) => (
        <HistoryItem key={`${entry.at}|${i}`} entry={entry} />
      ))}
    </ol>
  );
}
