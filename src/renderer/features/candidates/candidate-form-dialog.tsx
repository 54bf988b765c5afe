/**
 * Add or edit a candidate: Japanese and Latin names (either may be empty, not
 * both), headquarters, type, website and notes, and the intake (how the firm
 * came to us). Every text field takes any script; the API's schema is the
 * only judge of what is valid.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CandidateType, type Candidate } from '../../../shared/domain/entities';
import { candidateName } from '../../../shared/domain/display-names';
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
import { EMPTY_INTAKE, INTAKE_FIELDS, intakeDraftOf, intakeFieldsOf, type IntakeDraft } from '../pipeline/intake-draft';
import { IntakeFieldset } from '../pipeline/intake-fieldset';

const FIELDS = ['nameJa', 'nameLatin', 'headquarters', 'type', 'website', 'notes'] as const;

type Draft = Pick<Candidate, (typeof FIELDS)[number]>;
const EMPTY: Draft = { nameJa: '', nameLatin: '', headquarters: '', type: 'distributor', website: '', notes: '' };

interface CandidateFormDialogProps {
  open: boolean;
  candidate?: Candidate | undefined;
  onClose: () => void;
}

export function CandidateFormDialog({ open, candidate, onClose }: CandidateFormDialogProps) {
  const { t } = useTranslation('ui');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [intake, setIntake] = useState<IntakeDraft>(EMPTY_INTAKE);

  useEffect(() => {
    if (!open) return;
    setDraft(candidate ? { nameJa: candidate.nameJa, nameLatin: candidate.nameLatin, headquarters: candidate.headquarters, type: candidate.type, website: candidate.website, notes: candidate.notes } : EMPTY);
    setIntake(candidate ? intakeDraftOf(candidate) : EMPTY_INTAKE);
    action.clearError();
  }, [open, candidate?.id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const dealRoomId = detail.dealRoom.id;
    const fields = { ...draft, website: draft.website.trim(), ...intakeFieldsOf(intake) };
    const saved = await action.run(() =>
      candidate ? mutate('candidates.update', { dealRoomId, candidateId: candidate.id, patch: fields }) : mutate('candidates.create', { dealRoomId, fields }),
    );
    if (saved) onClose();
  }

  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const e = action.error;
  const typeOptions = CandidateType.options.map((value) => ({ value, label: t(`common:candidateType.${value}`) }));
  return (
    <ModalDialog
      open={open}
      title={candidate ? t('candidates.form.editTitle', { name: candidateName(candidate, lang) }) : t('candidates.form.createTitle')}
      onClose={onClose}
      className="dialog--wide"
    >
      <form className="form" onSubmit={submit} noValidate>
        <p className="form__hint">{t('candidates.form.nameHint')}</p>
        <div className="form__row">
          <TextField label={t('candidates.form.nameJa')} value={draft.nameJa} onChange={set('nameJa')} hint={t('candidates.form.nameJaHint')} error={fieldErrorFor(e, 'nameJa')} lang="ja" autoComplete="off" />
          <TextField label={t('candidates.form.nameLatin')} value={draft.nameLatin} onChange={set('nameLatin')} error={fieldErrorFor(e, 'nameLatin')} autoComplete="off" />
        </div>
        <div className="form__row">
          <TextField label={t('candidates.form.headquarters')} value={draft.headquarters} onChange={set('headquarters')} error={fieldErrorFor(e, 'headquarters')} autoComplete="off" />
          <SelectField label={t('candidates.form.type')} value={draft.type} options={typeOptions} onChange={set('type')} error={fieldErrorFor(e, 'type')} />
        </div>
        <TextField label={t('candidates.form.website')} value={draft.website} onChange={set('website')} hint={t('candidates.form.websiteHint')} error={fieldErrorFor(e, 'website')} inputMode="url" autoComplete="off" />
        <TextAreaField label={t('candidates.form.notes')} value={draft.notes} onChange={set('notes')} error={fieldErrorFor(e, 'notes')} rows={4} />
        <IntakeFieldset draft={intake} onChange={setIntake} error={e} />
        <ErrorText message={formErrorFor(e, [...FIELDS, ...INTAKE_FIELDS])} />
        <DialogFormActions busy={action.busy} submitLabel={candidate ? t('actions.save') : t('candidates.form.create')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
