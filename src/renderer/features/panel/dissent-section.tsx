/**
 * Dissent on one cell: an evaluator who does not share the panel's consensus
 * records it with a note, and it stays beside the consensus (and shows as a
 * marker in the matrix). Dissent needs a consensus to dissent from, and an
 * evaluator in conflict with the candidate cannot record it. Mounted per
 * cell (the side panel is keyed by it), so a new cell starts a clean form.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { ErrorText } from '../../components/error-text';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import type { CellRef, CellReview } from './cell-review';

export function DissentSection({ cell, review }: { cell: CellRef; review: CellReview }) {
  const { t } = useTranslation('panel');
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const removal = useApiAction();
  const [chosenId, setChosenId] = useState(review.mayDissent[0]?.id ?? '');
  // The chosen evaluator may have gone meanwhile (deleted, or now in conflict): fall back to the first who may dissent.
  const evaluatorId = review.mayDissent.some((e) => e.id === chosenId) ? chosenId : (review.mayDissent[0]?.id ?? '');
  const [note, setNote] = useState('');
  const ref = { dealRoomId: detail.dealRoom.id, ...cell };

  async function record(event: FormEvent) {
    event.preventDefault();
    const saved = await action.run(() => mutate('dissent.set', { ...ref, evaluatorId, note }));
    if (saved) setNote('');
  }

  return (
    <section className="panel__section" aria-labelledby="dissent-title">
      <h4 id="dissent-title" className="panel__subheading">
        {t('dissent.heading')}
      </h4>
      {review.dissent.length === 0 ? (
        <p className="muted">{t('dissent.none')}</p>
      ) : (
        <ul className="dissent-list">
          {review.dissent.map(({ evaluator, dissent }) => (
            <li key={evaluator.id} className="dissent-list__item">
              <span className="dissent-list__who">
                <span className="mark mark--dissent" aria-hidden="true">
                  ※
                </span>{' '}
                {evaluator.name}
              </span>
              <p className="dissent-list__note">{dissent.note}</p>
              <button
                type="button"
                className="button button--small button--quiet button--danger-text"
                disabled={removal.busy}
                onClick={() => void removal.run(() => mutate('dissent.clear', { ...ref, evaluatorId: evaluator.id }))}
                aria-label={t('dissent.removeLabel', { name: evaluator.name })}
              >
                {t('dissent.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorText message={removal.error?.message} />
      {!review.consensus ? (
        <p className="muted">{t('dissent.needsConsensus')}</p>
      ) : review.mayDissent.length === 0 ? (
        <p className="muted">{t('dissent.nobody')}</p>
      ) : (
        <form className="form form--panel" onSubmit={record} noValidate aria-label={t('dissent.formLabel')}>
          <SelectField
            label={t('dissent.evaluator')}
            value={evaluatorId}
            options={review.mayDissent.map((e) => ({ value: e.id, label: e.name }))}
            onChange={setChosenId}
            error={fieldErrorFor(action.error, 'evaluatorId')}
          />
          <TextAreaField
            label={t('dissent.note')}
            value={note}
            onChange={(v) => {
              setNote(v);
              if (action.error) action.clearError();
            }}
            hint={t('dissent.noteHint')}
            error={fieldErrorFor(action.error, 'note')}
            required
            rows={3}
          />
          <ErrorText message={formErrorFor(action.error, ['evaluatorId', 'note'])} />
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={action.busy}>
              {action.busy ? t('ui:actions.saving') : t('dissent.record')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
