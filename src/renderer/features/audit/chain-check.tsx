/** "Check integrity": walks the change log's hash chain in the store and says, in words, whether it is whole. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainVerdict } from '../../../shared/api/contract-audit';
import { formatPoints } from '../../../shared/i18n/format';
import { useApi } from '../../app/api-context';
import { useLanguage } from '../../app/use-language';
import { useApiAction } from '../../app/use-api-action';
import { ErrorText } from '../../components/error-text';
import { Notice } from '../../components/notice';

export function ChainCheck({ dealRoomId }: { dealRoomId: string }) {
  const { t } = useTranslation('audit');
  const lang = useLanguage();
  const api = useApi();
  const action = useApiAction();
  const [verdict, setVerdict] = useState<ChainVerdict | null>(null);

  async function check() {
    setVerdict(null);
    const result = await action.run(() => api.call('audit.verify', { dealRoomId }));
    if (result) setVerdict(result);
  }

  return (
    <div className="chain-check">
      <button type="button" className="button" onClick={() => void check()} disabled={action.busy}>
        {action.busy ? t('chain.checking') : t('chain.check')}
      </button>
      {verdict && verdict.firstBroken === null && (
        <Notice role="status">
          <p>{t('chain.whole', { count: verdict.rows, rows: formatPoints(verdict.rows, lang, 0), head: verdict.head.slice(0, 12) })}</p>
        </Notice>
      )}
      {verdict?.firstBroken && (
        <Notice tone="bad" role="alert">
          <p>{t(`chain.broken_${verdict.firstBroken.problem}`, { seq: verdict.firstBroken.seq })}</p>
          <p>{t('chain.brokenAdvice')}</p>
        </Notice>
      )}
      <ErrorText message={action.error?.message} />
    </div>
  );
}
