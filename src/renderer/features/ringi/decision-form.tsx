/**
 * The acting profile's decision on a proposal, as radio buttons: approve,
 * approve with reservations, object, send back to the drafter, or delegate to
 * a named deputy. The words are asked for where the store requires them, and
 * its refusal is shown at the field it concerns.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionKind, Profile } from '../../../shared/domain/ringi';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { ErrorText } from '../../components/error-text';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { commentRequired, kindsFor, type DecisionSlot } from './circulation-status';
import { profileChoiceLabel } from './profile-names';
import { useRingiWords } from './ringi-words';

interface DecisionFormProps {
  proposalId: string;
  slots: readonly DecisionSlot[];
  actingId: string;
  profiles: readonly Profile[];
}

export function DecisionForm({ proposalId, slots, actingId, profiles }: DecisionFormProps) {
  const { t } = useTranslation('ringi');
  const lang = useLanguage();
  const words = useRingiWords();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [slotIndex, setSlotIndex] = useState(0);
  const [kind, setKind] = useState<DecisionKind>('approve');
  const [comment, setComment] = useState('');
  const [deputyId, setDeputyId] = useState('');
  const slot = slots[Math.min(slotIndex, slots.length - 1)];
  if (!slot) return null;
  const kinds = kindsFor(slot);
  const chosen = kinds.includes(kind) ? kind : 'approve';
  const deputies = profiles.filter((p) => p.id !== slot.approverId && p.id !== actingId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!slot) return;
    const saved = await action.run(() =>
      mutate('proposals.decide', {
        dealRoomId: detail.dealRoom.id,
        proposalId,
        approverId: slot.approverId,
        actorId: actingId,
        kind: chosen,
        comment,
        ...(chosen === 'delegate' && deputyId !== '' ? { delegateToId: deputyId } : {}),
      }),
    );
    if (saved) {
      setComment('');
      setKind('approve');
      setDeputyId('');
    }
  }

  const commentLabel =
    chosen === 'approve_with_reservations'
      ? t('decide.reservationLabel')
      : chosen === 'object'
        ? t('decide.objectionLabel')
        : chosen === 'send_back'
          ? t('decide.sendBackLabel')
          : t('decide.commentLabel');
  const e = action.error;
  const heading = slot.afterTheFact ? t('decide.laterHeading', { stage: slot.stageName }) : t('decide.heading');
  return (
    <section className="proposal__section decision" aria-labelledby="decision-heading">
      <h4 id="decision-heading" className="proposal__section-title">
        {heading}
      </h4>
      <form className="form decision__form" onSubmit={submit} noValidate>
        {slots.length > 1 ? (
          <SelectField
            label={t('decide.slot')}
            value={String(slotIndex)}
            options={slots.map((s, i) => ({
              value: String(i),
              label: s.asDeputy ? t('decide.slotAsDeputy', { approver: s.approverName, stage: s.stageName }) : t('decide.slotOwn', { stage: s.stageName }),
            }))}
            onChange={(v) => setSlotIndex(Number(v))}
          />
        ) : (
          <p className="muted">
            {slot.asDeputy
              ? t('decide.asDeputy', { approver: slot.approverName, stage: slot.stageName })
              : slot.afterTheFact
                ? t('decide.afterTheFact')
                : t('decide.asYourself', { stage: slot.stageName })}
          </p>
        )}
        <fieldset className="choice-group">
          <legend className="field__label">{t('decide.kind')}</legend>
          {kinds.map((k) => (
            <label key={k} className="choice">
              <input type="radio" name={`decision-${proposalId}`} value={k} checked={chosen === k} onChange={() => setKind(k)} />
              <span className="choice__text">
                <span className="choice__label">{words.kind(k)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {chosen === 'delegate' && (
          <SelectField
            label={t('decide.deputy')}
            value={deputyId}
            options={[{ value: '', label: t('decide.chooseDeputy') }, ...deputies.map((p) => ({ value: p.id, label: profileChoiceLabel(p, lang) }))]}
            onChange={setDeputyId}
            error={fieldErrorFor(e, 'delegateToId')}
            hint={t('decide.deputyHint')}
          />
        )}
        <TextAreaField
          label={commentLabel}
          value={comment}
          onChange={setComment}
          error={fieldErrorFor(e, 'comment')}
          hint={commentRequired(chosen) ? t('decide.required') : undefined}
          rows={3}
        />
        <ErrorText message={formErrorFor(e, ['comment', 'delegateToId'])} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={action.busy}>
            {action.busy ? t('people.saving') : t('decide.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
