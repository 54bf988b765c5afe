/**
 * "Live data has moved on": what changed in the room since the proposal
 * froze its snapshot (scores, weights, totals and ranks, terms), as the store
 * computes it. The snapshot itself never changes; this only says how far the
 * room has drifted from what the approvers are deciding on.
 */
import { useTranslation } from 'react-i18next';
import type { SnapshotDiff } from '../../../shared/api/contract-ringi';
import type { DealRoomDetail } from '../../../shared/domain/entities';
import { formatPoints, formatScore } from '../../../shared/i18n/format';
import { useLanguage } from '../../app/use-language';
import { Notice } from '../../components/notice';
import { useLiveDiff } from './use-live-diff';

function Value({ value, format }: { value: number | null; format: (n: number) => string }) {
  const { t } = useTranslation('ringi');
  return <>{value === null ? t('diff.none') : format(value)}</>;
}

function DiffTables({ diff }: { diff: SnapshotDiff }) {
  const { t } = useTranslation('ringi');
  const lang = useLanguage();
  const score = (n: number) => formatScore(n, lang);
  const total = (n: number) => formatPoints(n, lang);
  const rank = (n: number) => formatPoints(n, lang, 0);
  return (
    <>
      {diff.totals.length > 0 && (
        <table className="data-table diff-table">
          <caption>{t('diff.totals')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('diff.candidate')}</th>
              <th scope="col" className="num">{t('diff.totalThen')}</th>
              <th scope="col" className="num">{t('diff.totalNow')}</th>
              <th scope="col" className="num">{t('diff.rankThen')}</th>
              <th scope="col" className="num">{t('diff.rankNow')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.totals.map((x) => (
              <tr key={x.candidateId}>
                <th scope="row">{x.name}</th>
                <td className="num"><Value value={x.beforeTotal} format={total} /></td>
                <td className="num"><Value value={x.afterTotal} format={total} /></td>
                <td className="num"><Value value={x.beforeRank} format={rank} /></td>
                <td className="num"><Value value={x.afterRank} format={rank} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {diff.scores.length > 0 && (
        <table className="data-table diff-table">
          <caption>{t('diff.scores')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('diff.candidate')}</th>
              <th scope="col">{t('diff.criterion')}</th>
              <th scope="col" className="num">{t('diff.then')}</th>
              <th scope="col" className="num">{t('diff.now')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.scores.map((x) => (
              <tr key={`${x.candidateId}|${x.criterionId}`}>
                <td>{x.candidateName}</td>
                <td>{x.criterionName}</td>
                <td className="num"><Value value={x.before} format={score} /></td>
                <td className="num"><Value value={x.after} format={score} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {diff.weights.length > 0 && (
        <table className="data-table diff-table">
          <caption>{t('diff.weights')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('diff.weightOf')}</th>
              <th scope="col" className="num">{t('diff.then')}</th>
              <th scope="col" className="num">{t('diff.now')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.weights.map((x) => (
              <tr key={`${x.kind}|${x.id}`}>
                <td>{x.kind === 'pillar' ? t('diff.pillar', { name: x.name }) : t('diff.criterionNamed', { name: x.name })}</td>
                <td className="num"><Value value={x.before} format={score} /></td>
                <td className="num"><Value value={x.after} format={score} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {diff.terms.length > 0 && (
        <table className="data-table diff-table">
          <caption>{t('diff.terms')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('diff.candidate')}</th>
              <th scope="col">{t('diff.then')}</th>
              <th scope="col">{t('diff.now')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.terms.map((x) => (
              <tr key={`${x.candidateId}|${x.key}`}>
                <td>{x.name}</td>
                <td>{x.before || t('diff.none')}</td>
                <td>{x.after || t('diff.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function LiveDiffPanel({ detail, proposalId, onOpenMatrix }: { detail: DealRoomDetail; proposalId: string; onOpenMatrix: () => void }) {
  const { t } = useTranslation('ringi');
  const load = useLiveDiff(detail, proposalId);
  if (load.status === 'loading') return <p className="muted" role="status">{t('diff.loading')}</p>;
  if (load.status === 'failed') {
    return (
      <Notice tone="bad" role="alert">
        <p>{load.error.message}</p>
      </Notice>
    );
  }
  const { diff } = load;
  if (!diff.moved) return <p className="muted live-diff__same">{t('diff.same')}</p>;
  return (
    <section className="proposal__section live-diff" aria-labelledby="live-diff-heading">
      <Notice tone="warn">
        <h4 id="live-diff-heading" className="proposal__section-title">
          {t('diff.heading')}
        </h4>
        <p>{t('diff.intro', { then: diff.snapshotHash.slice(0, 12), now: diff.liveHash.slice(0, 12) })}</p>
        <button type="button" className="button button--small" onClick={onOpenMatrix}>
          {t('diff.openMatrix')}
        </button>
      </Notice>
      {/* Closed at first: the warning stays near the top of the proposal without pushing the route out of sight. */}
      <details className="live-diff__details">
        <summary>{t('diff.details')}</summary>
        <div className="table-scroll">
          <DiffTables diff={diff} />
        </div>
      </details>
    </section>
  );
}
