/**
 * One suitor signal of one candidate: how it reads (each reading in the
 * signal's own words, both ways round), what was seen, and Save. Each signal
 * saves on its own, so recording one never overwrites another's edit.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../shared/domain/entities';
import type { SignalReadingView } from '../../../shared/domain/suitor-signal-readings';
import { SignalReading } from '../../../shared/domain/vetting';
import { readingLabelKey, SIGNAL_TEXTS } from '../../../shared/i18n/pipeline-label-keys';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { ErrorText } from '../../components/error-text';
import { TextAreaField } from '../../components/text-area-field';
import { formatDateTime } from '../../../shared/i18n/format';

/** Reassuring first: the question is asked the way a good partner would answer it. */
const READING_ORDER: readonly SignalReading[] = ['reassuring', 'warning', 'unknown'];

export function SignalForm({ candidate, view }: { candidate: Candidate; view: SignalReadingView }) {
  const { t } = useTranslation('pipeline');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [reading, setReading] = useState<SignalReading>(view.reading);
  const [note, setNote] = useState(view.note);
  const radioName = useId();
  useEffect(() => {
    setReading(view.reading);
    setNote(view.note);
  }, [view.reading, view.note, view.updatedAt]);

  const texts = SIGNAL_TEXTS[view.signal];
  const dirty = reading !== view.reading || note.trim() !== view.note;
  async function submit(event: FormEvent) {
    event.preventDefault();
    await action.run(() => mutate('signals.set', { dealRoomId: detail.dealRoom.id, candidateId: candidate.id, signal: view.signal, reading, note }));
  }

  const e = action.error;
  return (
    <form className={`signal-form signal-form--${view.reading}`} onSubmit={submit} noValidate>
      <fieldset className="signal-form__fieldset">
        <legend className="signal-form__name">{t(texts.name)}</legend>
        <div className="signal-form__readings">
          {READING_ORDER.map((value) => (
            <label key={value} className={`signal-choice signal-choice--${value}`}>
              <input type="radio" name={radioName} value={value} checked={reading === value} onChange={() => setReading(value)} />
              <span>{t(readingLabelKey(view.signal, value))}</span>
            </label>
          ))}
        </div>
        <ErrorText message={fieldErrorFor(e, 'reading')} />
        <TextAreaField label={t('signals.note')} value={note} onChange={setNote} error={fieldErrorFor(e, 'note')} rows={2} />
        <ErrorText message={formErrorFor(e, ['reading', 'note'])} />
        <div className="signal-form__footer">
          <span className="signal-form__recorded">
            {view.updatedAt ? t('signals.recorded', { at: formatDateTime(view.updatedAt, lang) }) : t('signals.neverRecorded')}
          </span>
          <button type="submit" className="button button--small" disabled={!dirty || action.busy}>
            {action.busy ? t('ui:actions.saving') : t('signals.save')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
