/**
 * Confirming, clearing or reopening a flag. Each needs the outcome of the
 * check (or, to reopen, the reason), which stays with the flag and in the
 * change log. Confirming is where the consequence is settled: only a
 * confirmed flag changes the matrix.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../shared/domain/entities';
import { candidateName } from '../../../shared/domain/display-names';
import type { FlagStatus, RedFlag } from '../../../shared/domain/vetting';
import { flagReference } from '../../../shared/red-flags/red-flag-library';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { TextAreaField } from '../../components/text-area-field';
import { CONSEQUENCE_FIELD_NAMES, ConsequenceFields, type ConsequenceDraft } from './consequence-fields';
import { consequenceFromDraft, draftFromFlag } from './flag-draft';

interface FlagStatusDialogProps {
  flag: RedFlag;
  candidate: Candidate;
  status: FlagStatus;
  onClose: () => void;
}

export function FlagStatusDialog({ flag, candidate, status, onClose }: FlagStatusDialogProps) {
  const { t } = useTranslation('flags');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [outcome, setOutcome] = useState(status === 'open' ? '' : flag.outcome);
  const [consequence, setConsequence] = useState<ConsequenceDraft>(() => draftFromFlag(flag));
  const reference = flag.libraryKey ? flagReference(flag.libraryKey) : undefined;
  const name = candidateName(candidate, lang);
  const texts = {
    confirmed: { title: t('status.confirmTitle', { name }), submit: t('status.confirmSubmit'), label: t('status.outcome'), hint: t('status.confirmHint') },
    cleared: { title: t('status.clearTitle', { name }), submit: t('status.clearSubmit'), label: t('status.outcome'), hint: t('status.clearHint') },
    open: { title: t('status.reopenTitle', { name }), submit: t('status.reopenSubmit'), label: t('status.reopenReason'), hint: t('status.reopenHint') },
  }[status];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const decided = status === 'confirmed' ? { consequence: consequence.consequence, ...consequenceFromDraft(consequence) } : {};
    const done = await action.run(() => mutate('flags.setStatus', { dealRoomId: detail.dealRoom.id, flagId: flag.id, status, outcome, ...decided }));
    if (done) onClose();
  }

  return (
    <ModalDialog open title={texts.title} onClose={onClose} className={status === 'confirmed' ? 'dialog--wide flag-dialog' : 'flag-dialog'}>
      <form className="form" onSubmit={submit} noValidate aria-label={texts.title}>
        <blockquote className="flag-quote">{flag.said}</blockquote>
        {reference && (
          <p className="dialog__message">
            <span className="flag-dialog__check-label">{t('reference.checkInline')}</span> {reference.check[lang]}
          </p>
        )}
        <TextAreaField
          label={texts.label}
          value={outcome}
          onChange={(v) => {
            setOutcome(v);
            if (action.error) action.clearError();
          }}
          hint={texts.hint}
          error={fieldErrorFor(action.error, 'outcome')}
          required
          rows={3}
        />
        {status === 'confirmed' && (
          <ConsequenceFields
            value={consequence}
            onChange={(patch) => {
              setConsequence((c) => ({ ...c, ...patch }));
              if (action.error) action.clearError();
            }}
            criteria={detail.criteria}
            error={action.error}
            legend={t('status.consequence')}
          />
        )}
        <ErrorText message={formErrorFor(action.error, ['outcome', ...CONSEQUENCE_FIELD_NAMES])} />
        <DialogFormActions busy={action.busy} submitLabel={texts.submit} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
