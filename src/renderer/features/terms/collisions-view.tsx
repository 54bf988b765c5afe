/**
 * The "Collisions" view: exclusive or conditional rights of different
 * holders that overlap in place, channel, segment, product and time, as of
 * the chosen date, within this room and against partners in other rooms.
 * Each collision names its exact overlap and leads to the term sheets
 * involved, where a scope can be narrowed.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealRoomDetail, Language } from '../../../shared/domain/entities';
import { formatCalendarDate } from '../../../shared/i18n/format';
import { externalHoldings, findCollisions, roomHoldings } from '../../../shared/terms/collisions';
import type { Holding } from '../../../shared/terms/terms-evaluation';
import { Notice } from '../../components/notice';
import { useCommitmentsElsewhere } from './use-commitments-elsewhere';
import { useTermWords } from './term-words';

interface CollisionsViewProps {
  detail: DealRoomDetail;
  asOf: string;
  lang: Language;
  onOpenSheet: (candidateId: string) => void;
}

export function CollisionsView({ detail, asOf, lang, onOpenSheet }: CollisionsViewProps) {
  const { t } = useTranslation('termsReview');
  const load = useCommitmentsElsewhere(detail.dealRoom.id, asOf);
  const external = load.status === 'ready' ? load.commitments : null;
  const collisions = useMemo(() => findCollisions([...roomHoldings(detail, asOf, lang), ...externalHoldings(external ?? [])]), [detail, asOf, lang, external]);
  const date = formatCalendarDate(asOf, lang);
  const nameOf = (h: Holding) => (h.holder.kind === 'candidate' ? h.holder.name : t('collisions.elsewhere', { name: h.holder.name, room: h.holder.dealRoomName }));

  return (
    <div className="terms-collisions">
      <p className="section-intro">{t('collisions.intro', { date })}</p>
      {load.status === 'loading' && (
        <p className="muted" role="status">
          {t('collisions.loading')}
        </p>
      )}
      {load.status === 'failed' && (
        <Notice tone="warn" role="alert">
          <p>{t('collisions.failed', { message: load.error.message })}</p>
        </Notice>
      )}
      {collisions.length === 0 ? (
        <p className="terms-collisions__none" role="status">
          {t('collisions.none', { date })}
        </p>
      ) : (
        <>
          <p className="terms-collisions__count" role="status">
            {t('collisions.count', { count: collisions.length, date })}
          </p>
          <ul className="terms-collisions__list" aria-label={t('collisions.listLabel')}>
            {collisions.map((c, i) => (
              <li key={i} className="terms-collision">
                <p className="terms-collision__sentence">
                  <span className="terms-collision__icon" aria-hidden="true">
                    ⚠
                  </span>
                  {t('collisions.between', { a: nameOf(c.a), b: nameOf(c.b) })}
                </p>
                <p className="terms-collision__overlap">{c.sentence[lang]}</p>
                <ul className="terms-collision__holders">
                  <HoldingItem holding={c.a} name={nameOf(c.a)} lang={lang} onOpenSheet={onOpenSheet} />
                  <HoldingItem holding={c.b} name={nameOf(c.b)} lang={lang} onOpenSheet={onOpenSheet} />
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function HoldingItem({ holding, name, lang, onOpenSheet }: { holding: Holding; name: string; lang: Language; onOpenSheet: (candidateId: string) => void }) {
  const { t } = useTranslation('termsReview');
  const words = useTermWords();
  const h = holding.holder;
  return (
    <li className="terms-collision__holder">
      <span>
        {t('collisions.holding', {
          name,
          exclusivity: words.exclusivity[holding.exclusivity],
          from: formatCalendarDate(holding.from, lang),
          to: formatCalendarDate(holding.to, lang),
        })}
      </span>
      {h.kind === 'candidate' && (
        <button type="button" className="button button--small" onClick={() => onOpenSheet(h.candidateId)}>
          {t('collisions.openSheet', { name: h.name })}
        </button>
      )}
    </li>
  );
}
