/**
 * One version of a proposal: the status at a glance, the route as a track of
 * stamps, what the acting profile can do now (comment, start circulation,
 * decide, make the next version, withdraw), the recommendation, the frozen
 * snapshot and how far the live room has moved from it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Circulation, People } from '../../../shared/api/contract-ringi';
import type { Proposal } from '../../../shared/domain/ringi';
import { formatDateTime } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { Badge } from '../../components/badge';
import { ErrorText } from '../../components/error-text';
import { circulationTrack, decisionSlotsFor } from './circulation-status';
import { CirculationTrack } from './circulation-track';
import { CommentThread } from './comment-thread';
import { DecisionForm } from './decision-form';
import { LiveDiffPanel } from './live-diff-panel';
import { nameById } from './profile-names';
import { STATUS_TONE, useRingiWords } from './ringi-words';
import { SnapshotSummary } from './snapshot-summary';
import { StatusAtAGlance } from './status-at-a-glance';
import { WithdrawDialog } from './withdraw-dialog';

interface ProposalViewProps {
  proposal: Proposal;
  circulation: Circulation;
  people: People | null;
  /** Whether a later version of this proposal exists (then it cannot be revised again). */
  superseded: boolean;
  onSelect: (proposalId: string) => void;
  onOpenMatrix: () => void;
}

export function ProposalView({ proposal, circulation, people, superseded, onSelect, onOpenMatrix }: ProposalViewProps) {
  const { t } = useTranslation('ringi');
  const lang = useLanguage();
  const words = useRingiWords();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [withdrawing, setWithdrawing] = useState(false);
  const profiles = people?.profiles ?? [];
  const actingId = people?.actingProfileId ?? null;
  const actingName = actingId === null ? null : nameById(profiles, actingId, lang);
  const track = circulationTrack(proposal, circulation.decisions);
  const slots = decisionSlotsFor(proposal, track, actingId);
  const candidate = proposal.candidateId === null ? undefined : proposal.snapshot.candidates.find((c) => c.id === proposal.candidateId);
  const dealRoomId = detail.dealRoom.id;
  const open = proposal.status === 'draft' || proposal.status === 'circulating';
  // Comments are taken at any point but once withdrawn (circulation-rules.ts, acceptsComments).
  const commentsOpen = proposal.status !== 'withdrawn';

  async function circulate() {
    await action.run(() => mutate('proposals.circulate', { dealRoomId, proposalId: proposal.id }));
  }

  async function revise() {
    const next = await action.run(() => mutate('proposals.revise', { dealRoomId, proposalId: proposal.id }));
    if (next) onSelect(next.id);
  }

  return (
    <article className="proposal" aria-labelledby="proposal-title">
      <header className="proposal__head">
        <div>
          <h3 id="proposal-title" className="proposal__title">
            {proposal.title}
          </h3>
          <p className="proposal__meta">
            {t('proposal.meta', { version: proposal.version, drafter: proposal.drafterName, when: formatDateTime(proposal.createdAt, lang), route: proposal.routeName })}{' '}
            <span className="hash" title={proposal.snapshotHash}>
              {t('proposal.hash', { hash: proposal.snapshotHash.slice(0, 12) })}
            </span>
          </p>
        </div>
        <Badge tone={STATUS_TONE[proposal.status]}>{words.status(proposal.status)}</Badge>
      </header>

      <StatusAtAGlance proposal={proposal} track={track} decisions={circulation.decisions} profiles={profiles} />
      <LiveDiffPanel detail={detail} proposalId={proposal.id} onOpenMatrix={onOpenMatrix} />

      <div className="proposal__actions button-row">
        {proposal.status === 'draft' && (
          <button type="button" className="button button--primary" onClick={() => void circulate()} disabled={action.busy || actingId === null}>
            {t('proposal.circulate')}
          </button>
        )}
        {(proposal.status === 'sent_back' || proposal.status === 'rejected') && !superseded && (
          <button type="button" className="button button--primary" onClick={() => void revise()} disabled={action.busy}>
            {t('proposal.revise', { version: proposal.version + 1 })}
          </button>
        )}
        {open && (
          <button type="button" className="button button--danger-text" onClick={() => setWithdrawing(true)}>
            {t('proposal.withdraw')}
          </button>
        )}
      </div>
      <ErrorText message={action.error?.message} />

      <section className="proposal__section" aria-labelledby="track-heading">
        <h4 id="track-heading" className="proposal__section-title">
          {t('track.heading')}
        </h4>
        <CirculationTrack track={track} stageSince={proposal.stageSince} profiles={profiles} />
      </section>

      {actingId !== null && slots.length > 0 && <DecisionForm key={`${proposal.id}|${actingId}`} proposalId={proposal.id} slots={slots} actingId={actingId} profiles={profiles} />}

      <section className="proposal__section" aria-labelledby="recommendation-heading">
        <h4 id="recommendation-heading" className="proposal__section-title">
          {t('proposal.recommendation')}
        </h4>
        {candidate && <p className="proposal__candidate">{t('proposal.recommends', { name: candidate.name })}</p>}
        {proposal.recommendation.trim() === '' ? <p className="muted">{t('proposal.noRecommendation')}</p> : <p className="proposal__recommendation">{proposal.recommendation}</p>}
      </section>

      <CommentThread key={proposal.id} proposalId={proposal.id} comments={circulation.comments} open={commentsOpen} actingName={actingName} />

      <SnapshotSummary snapshot={proposal.snapshot} hash={proposal.snapshotHash} />

      <WithdrawDialog open={withdrawing} proposalId={proposal.id} title={proposal.title} onClose={() => setWithdrawing(false)} />
    </article>
  );
}
