/** Import a criteria template from a file into the library (validated whole by the API). */
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../shared/domain/criteria-template';
import { useApi } from '../../app/api-context';
import { ImportJsonFileButton } from '../../components/import-json-file-button';

export function ImportTemplateButton({ onImported }: { onImported: (summary: TemplateSummary) => void }) {
  const { t } = useTranslation('templates');
  const api = useApi();
  return (
    <ImportJsonFileButton
      label={t('library.import')}
      busyLabel={t('library.importBusy')}
      notJson={(file) => t('library.notJson', { file })}
      send={(file) => api.call('templates.import', { file })}
      onImported={onImported}
    />
  );
}
