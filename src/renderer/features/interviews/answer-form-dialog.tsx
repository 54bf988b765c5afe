/**
 * Record or edit an answer: who gave it, on which day, in what setting, what
 * they said, and the criteria it is evidence for. A new answer starts linked
 * to the criteria its question informs in this room; the person can change that.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { candidateName } from '../../../shared/domain/display-names';
import type { Candidate } from '../../../shared/domain/entities';
import { AnswerSetting, type Answer } from '../../../shared/domain/vetting';
import { criteriaInformedBy } from '../../../shared/questions/informed-criteria';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { useAnswerSettingLabel } from './answer-setting-label';
import { todayIsoDate } from './calendar-date';
import { CriteriaChecklist } from './criteria-checklist';

const FIELDS = ['answeredBy', 'answeredOn', 'setting', 'text', 'criterionIds'] as const;

/** The question being answered: a bank question by key, or our own by its text; `shown` is what the reader sees. */
export interface AnsweredQuestion {
  questionKey: string;
  questionText: string;
  shown: string;
}

interface AnswerFormDialogProps {
  open: boolean;
  candidate: Candidate;
  question: AnsweredQuestion;
  /** The answer to edit; a new one is recorded when absent. */
  answer?: Answer | undefined;
  onClose: () => void;
}

interface Draft {
  answeredBy: string;
  answeredOn: string;
  setting: AnswerSetting;
  text: string;
  criterionIds: string[];
}

export function AnswerFormDialog({ open, candidate, question, answer, onClose }: AnswerFormDialogProps) {
  const { t } = useTranslation('interviews');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const settingLabel = useAnswerSettingLabel();
  const [draft, setDraft] = useState<Draft>({ answeredBy: '', answeredOn: '', setting: 'group_meeting', text: '', criterionIds: [] });

  useEffect(() => {
    if (!open) return;
    const existing = new Set(detail.criteria.map((c) => c.id));
    setDraft(
      answer
        ? {
            answeredBy: answer.answeredBy,
            answeredOn: answer.answeredOn ?? '',
            setting: answer.setting,
            text: answer.text,
            // A link to a criterion deleted since is not offered back.
            criterionIds: answer.criterionIds.filter((id) => existing.has(id)),
          }
        : { answeredBy: '', answeredOn: todayIsoDate(), setting: 'group_meeting', text: '', criterionIds: criteriaInformedBy(question.questionKey, detail.criteria) },
    );
    action.clearError();
  }, [open, answer?.id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const dealRoomId = detail.dealRoom.id;
    const fields = { ...draft, answeredOn: draft.answeredOn === '' ? null : draft.answeredOn };
    const saved = await action.run(() =>
      answer
        ? mutate('answers.update', { dealRoomId, answerId: answer.id, patch: fields })
        : mutate('answers.record', { dealRoomId, candidateId: candidate.id, questionKey: question.questionKey, questionText: question.questionText, ...fields }),
    );
    if (saved) onClose();
  }

  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const e = action.error;
  const linkedByDefault = criteriaInformedBy(question.questionKey, detail.criteria).length > 0;
  return (
    <ModalDialog
      open={open}
      title={answer ? t('answerForm.editTitle', { candidate: candidateName(candidate, lang) }) : t('answerForm.recordTitle', { candidate: candidateName(candidate, lang) })}
      onClose={onClose}
      className="dialog--wide"
    >
      <form className="form" onSubmit={submit} noValidate aria-label={answer ? t('answerForm.editLabel') : t('answerForm.recordLabel')}>
        <div className="answer-form__question">
          <p className="answer-form__question-label">{t('answerForm.question')}</p>
          <p>{question.shown}</p>
        </div>
        <div className="answer-form__row">
          <TextField label={t('answerForm.answeredBy')} value={draft.answeredBy} onChange={set('answeredBy')} hint={t('answerForm.answeredByHint')} error={fieldErrorFor(e, 'answeredBy')} required autoComplete="off" />
          <TextField type="date" label={t('answerForm.answeredOn')} value={draft.answeredOn} onChange={set('answeredOn')} error={fieldErrorFor(e, 'answeredOn')} />
        </div>
        <SelectField
          label={t('answerForm.setting')}
          value={draft.setting}
          options={AnswerSetting.options.map((s) => ({ value: s, label: settingLabel(s) }))}
          onChange={set('setting')}
          hint={t('answerForm.settingWhy')}
          error={fieldErrorFor(e, 'setting')}
        />
        <TextAreaField label={t('answerForm.text')} value={draft.text} onChange={set('text')} rows={5} error={fieldErrorFor(e, 'text')} required />
        <CriteriaChecklist
          selected={draft.criterionIds}
          onChange={set('criterionIds')}
          hint={linkedByDefault ? t('answerForm.criteriaHintDefault') : t('answerForm.criteriaHintByHand')}
          error={fieldErrorFor(e, 'criterionIds')}
        />
        <ErrorText message={formErrorFor(e, FIELDS)} />
        <DialogFormActions busy={action.busy} submitLabel={answer ? t('answerForm.save') : t('answerForm.record')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
