/**
 * Saves the open deal-room's pillars and criteria (with weights, knock-outs
 * and scales, never candidates or scores) as a template in the library.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../shared/domain/criteria-template';
import { useApi } from '../../app/api-context';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';

const FIELDS = ['nameEn', 'nameJa', 'description'] as const;

interface Draft {
  nameEn: string;
  nameJa: string;
  description: string;
}

interface SaveAsTemplateDialogProps {
  open: boolean;
  onClose: () => void;
  onSaved: (summary: TemplateSummary) => void;
}

export function SaveAsTemplateDialog({ open, onClose, onSaved }: SaveAsTemplateDialogProps) {
  const { t } = useTranslation('templates');
  const lang = useLanguage();
  const api = useApi();
  const { detail } = useDealRoom();
  const action = useApiAction();
  const [draft, setDraft] = useState<Draft>({ nameEn: '', nameJa: '', description: '' });

  useEffect(() => {
    if (!open) return;
    // The room's name is a fair first guess for the template's, in the language the user works in.
    const name = detail.dealRoom.name;
    setDraft({ nameEn: lang === 'en' ? name : '', nameJa: lang === 'ja' ? name : '', description: '' });
    action.clearError();
    // Reset only when the dialog opens, not while the user types.
  }, [open]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await action.run(() => api.call('templates.saveFromRoom', { dealRoomId: detail.dealRoom.id, ...draft }));
    if (saved) onSaved(saved);
  }

  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const e = action.error;
  const contents = {
    pillars: t('counts.pillars', { count: detail.pillars.length }),
    criteria: t('counts.criteria', { count: detail.criteria.length }),
  };
  return (
    <ModalDialog open={open} title={t('save.title')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="form__hint">{t('save.intro', contents)}</p>
        <div className="form__row">
          <TextField label={t('save.nameEn')} value={draft.nameEn} onChange={set('nameEn')} error={fieldErrorFor(e, 'nameEn')} lang="en" autoComplete="off" />
          <TextField label={t('save.nameJa')} value={draft.nameJa} onChange={set('nameJa')} error={fieldErrorFor(e, 'nameJa')} lang="ja" autoComplete="off" />
        </div>
        <p className="form__hint">{t('save.nameHint')}</p>
        <TextAreaField
          label={t('save.description')}
          value={draft.description}
          onChange={set('description')}
          hint={t('save.descriptionHint')}
          error={fieldErrorFor(e, 'description')}
          rows={3}
        />
        <ErrorText message={formErrorFor(e, FIELDS)} />
        <DialogFormActions busy={action.busy} submitLabel={t('save.submit')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
