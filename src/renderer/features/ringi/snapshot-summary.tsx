/**
 * What the approvers decide on, as frozen: the ranks and totals at the time,
 * the sensitivity sentences in the reader's language, and the terms lines
 * per candidate. Read only from the snapshot, never from the live room.
 */
import { useTranslation } from 'react-i18next';
import type { ProposalSnapshot } from '../../../shared/domain/ringi';
import { formatDateTime, formatPercent, formatPoints } from '../../../shared/i18n/format';
import { useLanguage } from '../../app/use-language';

export function rankedCandidates(snapshot: Pick<ProposalSnapshot, 'candidates'>) {
  // Ranked first by rank; knocked-out and unranked after, in the order frozen.
  return [...snapshot.candidates].sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
}

export function SnapshotSummary({ snapshot, hash }: { snapshot: ProposalSnapshot; hash: string }) {
  const { t } = useTranslation('ringi');
  const lang = useLanguage();
  const sentences = snapshot.sentences[lang];
  const names = new Map(snapshot.candidates.map((c) => [c.id, c.name]));
  const terms = snapshot.terms.filter((x) => x.lines.length > 0);
  return (
    <section className="proposal__section" aria-labelledby="snapshot-heading">
      <h4 id="snapshot-heading" className="proposal__section-title">
        {t('snapshot.heading')}
      </h4>
      <p className="muted">
        {t('snapshot.taken', { when: formatDateTime(snapshot.takenAt, lang), room: snapshot.dealRoomName })}{' '}
        <span className="hash" title={hash}>
          {t('snapshot.hash', { hash: hash.slice(0, 12) })}
        </span>
      </p>
      <div className="table-scroll">
        <table className="data-table snapshot-table">
          <caption className="visually-hidden">{t('snapshot.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('snapshot.rank')}</th>
              <th scope="col">{t('snapshot.candidate')}</th>
              <th scope="col" className="num">
                {t('snapshot.total')}
              </th>
              <th scope="col" className="num">
                {t('snapshot.coverage')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rankedCandidates(snapshot).map((c) => (
              <tr key={c.id}>
                <td>{c.knockedOut ? t('snapshot.knockedOut') : c.rank === null ? t('snapshot.unranked') : formatPoints(c.rank, lang, 0)}</td>
                <th scope="row">{c.name}</th>
                <td className="num">{c.total === null ? t('snapshot.noTotal') : formatPoints(c.total, lang)}</td>
                <td className="num">{formatPercent(c.coverage, lang, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sentences.length > 0 && (
        <ul className="snapshot__sentences" aria-label={t('snapshot.sentences')}>
          {sentences.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      )}
      {terms.length > 0 && (
        <details className="snapshot__terms">
          <summary>{t('snapshot.terms')}</summary>
          {terms.map((x) => (
            <div key={x.candidateId}>
              <p className="snapshot__terms-name">{names.get(x.candidateId) ?? x.candidateId}</p>
              <ul>
                {x.lines.map((line) => (
                  <li key={line.key}>{line[lang]}</li>
                ))}
              </ul>
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
