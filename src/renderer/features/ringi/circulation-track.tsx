/**
 * The route stage by stage: where the proposal is now, each approver's state
 * in words, a stamp for every decision (with the reservation, objection or
 * send-back comment under it), delegations, and reviews given after the fact.
 */
import { useTranslation } from 'react-i18next';
import type { Decision, Profile } from '../../../shared/domain/ringi';
import { formatDateTime } from '../../../shared/i18n/format';
import { useLanguage } from '../../app/use-language';
import { Badge } from '../../components/badge';
import { ApprovalStamp } from './approval-stamp';
import type { SlotView, StagePlace, StageView } from './circulation-status';
import { elapsed, formatElapsed } from './elapsed-time';
import { nameById } from './profile-names';
import { useRingiWords } from './ringi-words';

function DecisionComment({ decision }: { decision: Decision }) {
  const { t } = useTranslation('ringi');
  if (decision.comment.trim() === '') return null;
  const label =
    decision.kind === 'approve_with_reservations'
      ? t('track.reservation')
      : decision.kind === 'object'
        ? t('track.objection')
        : decision.kind === 'send_back'
          ? t('track.sendBackComment')
          : t('track.comment');
  return (
    <div className={`track__comment track__comment--${decision.kind}`}>
      <span className="track__comment-label">{label}</span>
      <p className="track__comment-text">{decision.comment}</p>
    </div>
  );
}

function SlotLine({ slot, stageSince, profiles, now }: { slot: SlotView; stageSince: string | null; profiles: readonly Profile[]; now: number }) {
  const { t } = useTranslation('ringi');
  const lang = useLanguage();
  const s = slot.state;
  let words: string;
  switch (s.kind) {
    case 'decided':
      words =
        s.decision.actorId !== s.decision.approverId
          ? t('track.decidedFor', { actor: s.decision.actorName, approver: slot.approverName, when: formatDateTime(s.decision.decidedAt, lang) })
          : t('track.decided', { when: formatDateTime(s.decision.decidedAt, lang) });
      break;
    case 'delegated':
      words = t('track.delegated', { deputy: nameById(profiles, s.deputyId, lang), when: formatDateTime(s.decision.decidedAt, lang) });
      break;
    case 'waiting':
      words = stageSince && elapsed(stageSince, now).value > 0 ? t('track.waitingFor', { duration: formatElapsed(stageSince, now, lang) }) : t('track.waiting');
      break;
    case 'upcoming':
      words = t('track.upcoming');
      break;
    case 'not_needed':
      words = t('track.notNeeded');
      break;
    case 'not_reached':
      words = t('track.notReached');
      break;
  }
  return (
    <li className={`track__slot track__slot--${s.kind}`}>
      <div className="track__slot-head">
        <span className="track__approver">{slot.approverName}</span>
        <span className="track__state">{words}</span>
        {s.kind === 'decided' && <ApprovalStamp decision={s.decision} />}
      </div>
      {s.kind === 'decided' && <DecisionComment decision={s.decision} />}
      {slot.laterReviews.map((d) => (
        <div key={d.id} className="track__later">
          <Badge tone="neutral">{t('track.afterTheFact')}</Badge>
          <span className="track__state">{t('track.laterReview', { actor: d.actorName, when: formatDateTime(d.decidedAt, lang) })}</span>
          <ApprovalStamp decision={d} />
          <DecisionComment decision={d} />
        </div>
      ))}
    </li>
  );
}

function PlaceBadge({ place }: { place: StagePlace }) {
  const { t } = useTranslation('ringi');
  switch (place) {
    case 'passed':
      return <Badge tone="good">{t('track.passed')}</Badge>;
    case 'current':
      return <Badge tone="accent">{t('track.current')}</Badge>;
    case 'upcoming':
      return <Badge tone="neutral">{t('track.toCome')}</Badge>;
    case 'stopped':
      return <Badge tone="warn">{t('track.stopped')}</Badge>;
    case 'not_reached':
      return <Badge tone="neutral">{t('track.notReachedStage')}</Badge>;
  }
}

export function CirculationTrack({ track, stageSince, profiles }: { track: readonly StageView[]; stageSince: string | null; profiles: readonly Profile[] }) {
  const { t } = useTranslation('ringi');
  const words = useRingiWords();
  const now = Date.now();
  return (
    <ol className="track" aria-label={t('track.label')}>
      {track.map((stage) => (
        <li key={stage.index} className={`track__stage track__stage--${stage.place}`} aria-label={t('track.stageLabel', { number: stage.index + 1, name: stage.name })}>
          <div className="track__stage-head">
            <span className="track__number" aria-hidden="true">
              {stage.index + 1}
            </span>
            <span className="track__stage-name">{stage.name}</span>
            <span className="track__mode">{words.mode(stage.mode)}</span>
            <PlaceBadge place={stage.place} />
          </div>
          <ul className="track__slots">
            {stage.slots.map((slot) => (
              <SlotLine key={slot.approverId} slot={slot} stageSince={stage.place === 'current' ? stageSince : null} profiles={profiles} now={now} />
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
