/** Add or edit one profile: both names, department, title and role; the store's refusals beside their fields. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile, ProfileRole } from '../../../shared/domain/ringi';
import { useApi } from '../../app/api-context';
import { useApiAction } from '../../app/use-api-action';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { ErrorText } from '../../components/error-text';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { ROLES, useRingiWords } from './ringi-words';

const FIELDS = ['nameJa', 'nameLatin', 'department', 'title', 'role'] as const;

interface ProfileFormProps {
  /** The profile being edited; absent to add one. */
  profile?: Profile | undefined;
  onSaved: (saved: Profile) => void;
  onCancel: () => void;
}

export function ProfileForm({ profile, onSaved, onCancel }: ProfileFormProps) {
  const { t } = useTranslation('ringi');
  const words = useRingiWords();
  const api = useApi();
  const action = useApiAction();
  const [draft, setDraft] = useState({
    nameJa: profile?.nameJa ?? '',
    nameLatin: profile?.nameLatin ?? '',
    department: profile?.department ?? '',
    title: profile?.title ?? '',
    role: profile?.role ?? ('bd' as ProfileRole),
  });
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await action.run(() =>
      profile ? api.call('profiles.update', { profileId: profile.id, patch: draft }) : api.call('profiles.create', { fields: draft }),
    );
    if (saved) onSaved(saved);
  }

  const e = action.error;
  const heading = profile ? t('profiles.editHeading') : t('profiles.addHeading');
  return (
    <form className="form ringi-subform" onSubmit={submit} noValidate aria-label={heading}>
      <h4 className="ringi-subform__heading">{heading}</h4>
      <div className="form__row">
        <TextField label={t('profiles.nameJa')} value={draft.nameJa} onChange={(nameJa) => set({ nameJa })} error={fieldErrorFor(e, 'nameJa')} autoComplete="off" lang="ja" />
        <TextField label={t('profiles.nameLatin')} value={draft.nameLatin} onChange={(nameLatin) => set({ nameLatin })} error={fieldErrorFor(e, 'nameLatin')} autoComplete="off" />
      </div>
      <div className="form__row">
        <TextField label={t('profiles.department')} value={draft.department} onChange={(department) => set({ department })} error={fieldErrorFor(e, 'department')} autoComplete="off" />
        <TextField label={t('profiles.jobTitle')} value={draft.title} onChange={(title) => set({ title })} error={fieldErrorFor(e, 'title')} autoComplete="off" />
        <SelectField
          label={t('profiles.role')}
          value={draft.role}
          options={ROLES.map((r) => ({ value: r, label: words.role(r) }))}
          onChange={(role) => set({ role })}
          error={fieldErrorFor(e, 'role')}
        />
      </div>
      <p className="form__hint">{t('profiles.nameHint')}</p>
      <ErrorText message={formErrorFor(e, FIELDS)} />
      <div className="button-row">
        <button type="button" className="button" onClick={onCancel}>
          {t('people.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {action.busy ? t('people.saving') : profile ? t('profiles.save') : t('profiles.add')}
        </button>
      </div>
    </form>
  );
}
