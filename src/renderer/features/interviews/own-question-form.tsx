/** A question of our own, for what the bank does not ask: written in either language, added at the end of the guide. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/text-area-field';

interface OwnQuestionFormProps {
  busy: boolean;
  error: string | undefined;
  /** Resolves true when the question was added, so the field can be cleared. */
  onAdd: (text: string) => Promise<boolean>;
}

export function OwnQuestionForm({ busy, error, onAdd }: OwnQuestionFormProps) {
  const { t } = useTranslation('interviews');
  const [text, setText] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await onAdd(text.trim())) setText('');
  }

  return (
    <form className="form own-question" onSubmit={submit} noValidate aria-label={t('own.formLabel')}>
      <TextAreaField label={t('own.label')} value={text} onChange={setText} rows={2} hint={t('own.hint')} error={error} />
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {t('own.add')}
        </button>
      </div>
    </form>
  );
}
