/**
 * The whole change log as a file: CSV (formula-safe, UTF-8 with BOM) or the
 * deal-room workbook, whose "Change log" sheet holds it — the same files the
 * matrix's exports make (exports.csv, exports.xlsx).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { downloadBlob } from '../../components/download-blob';
import { ErrorText } from '../../components/error-text';
import { base64ToBytes } from '../diligence/file-transfer';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function AuditExport({ dealRoomId }: { dealRoomId: string }) {
  const { t } = useTranslation('audit');
  const lang = useLanguage();
  const api = useApi();
  const action = useApiAction();
  const [saved, setSaved] = useState('');

  async function csv() {
    setSaved('');
    const file = await action.run(() => api.call('exports.csv', { dealRoomId, table: 'changeLog', lang }));
    if (!file) return;
    downloadBlob(new Blob([file.content], { type: 'text/csv;charset=utf-8' }), file.fileName);
    setSaved(t('export.done', { fileName: file.fileName }));
  }

  async function xlsx() {
    setSaved('');
    const file = await action.run(() => api.call('exports.xlsx', { dealRoomId, lang }));
    if (!file) return;
    downloadBlob(new Blob([base64ToBytes(file.contentBase64)], { type: XLSX_TYPE }), file.fileName);
    setSaved(t('export.done', { fileName: file.fileName }));
  }

  return (
    <div className="audit__export" role="group" aria-label={t('export.label')}>
      <button type="button" className="button" onClick={() => void csv()} disabled={action.busy}>
        {t('export.csv')}
      </button>
      <button type="button" className="button" onClick={() => void xlsx()} disabled={action.busy}>
        {t('export.xlsx')}
      </button>
      <p role="status">{action.busy ? t('export.working') : saved}</p>
      <ErrorText message={action.error?.message} />
    </div>
  );
}
