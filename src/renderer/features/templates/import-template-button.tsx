/**
 * Import a criteria template from a file. The file is read here and handed to
 * the API whole; the API validates it and adds it to the library, or refuses
 * it naming the first problem's place in the file, and then nothing changes.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../shared/domain/criteria-template';
import { useApi } from '../../app/api-context';
import { useApiAction } from '../../app/use-api-action';
import { ErrorText } from '../../components/error-text';

export function ImportTemplateButton({ onImported }: { onImported: (summary: TemplateSummary) => void }) {
  const { t } = useTranslation('templates');
  const api = useApi();
  const action = useApiAction();
  const input = useRef<HTMLInputElement>(null);
  const [readError, setReadError] = useState<string | undefined>();

  async function onFile(file: File) {
    setReadError(undefined);
    action.clearError();
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setReadError(t('library.notJson', { file: file.name }));
      return;
    }
    const summary = await action.run(() => api.call('templates.import', { file: parsed }));
    if (summary) onImported(summary);
  }

  return (
    <div className="import-button">
      <button type="button" className="button" onClick={() => input.current?.click()} disabled={action.busy}>
        {action.busy ? t('library.importBusy') : t('library.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('library.import')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void onFile(file);
        }}
      />
      <ErrorText message={readError ?? action.error?.message} />
    </div>
  );
}
