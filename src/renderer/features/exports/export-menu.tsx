/**
 * The matrix screen's exports: the whole deal-room as one workbook, or one
 * table as CSV. The files are built by the contract (exports.xlsx,
 * exports.csv) in the reader's language and saved through the browser's
 * download, so browser mode and Electron behave alike.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { panelIsRevealed } from '../../../shared/domain/panel-visibility';
import type { ExportTableKey } from '../../../shared/exports/export-table';
import { useApi } from '../../app/api-context';
import { useApiAction } from '../../app/use-api-action';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { downloadBlob } from '../../components/download-blob';
import { ErrorText } from '../../components/error-text';
import { SelectField } from '../../components/select-field';
import { base64ToBytes } from '../diligence/file-transfer';
import './exports.css';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function ExportMenu() {
  const { t } = useTranslation('exports');
  const lang = useLanguage();
  const api = useApi();
  const { detail } = useDealRoom();
  const action = useApiAction();
  const [table, setTable] = useState<ExportTableKey>('matrix');
  const [saved, setSaved] = useState('');
  const dealRoomId = detail.dealRoom.id;

  const tables: { value: ExportTableKey; label: string }[] = [
    { value: 'matrix', label: t('tables.matrix') },
    { value: 'candidates', label: t('tables.candidates') },
    { value: 'scores', label: t('tables.scores') },
    { value: 'consensus', label: t('tables.consensus') },
    { value: 'flags', label: t('tables.flags') },
    { value: 'terms', label: t('tables.terms') },
    { value: 'changeLog', label: t('tables.changeLog') },
  ];

  async function exportXlsx() {
    setSaved('');
    const file = await action.run(() => api.call('exports.xlsx', { dealRoomId, lang }));
    if (!file) return;
    downloadBlob(new Blob([base64ToBytes(file.contentBase64)], { type: XLSX_TYPE }), file.fileName);
    setSaved(t('screen.done', { fileName: file.fileName }));
  }

  async function exportCsv() {
    setSaved('');
    const file = await action.run(() => api.call('exports.csv', { dealRoomId, table, lang }));
    if (!file) return;
    // The content starts with its byte-order mark; the Blob keeps it as written.
    downloadBlob(new Blob([file.content], { type: 'text/csv;charset=utf-8' }), file.fileName);
    setSaved(t('screen.done', { fileName: file.fileName }));
  }

  // The files carry every evaluator's scores: in independent mode they wait, like the matrix, for every sheet.
  if (!panelIsRevealed(detail)) return null;

  return (
    <div className="export-menu" role="group" aria-label={t('screen.groupLabel')}>
      <span className="export-menu__title" aria-hidden="true">
        {t('screen.groupLabel')}
      </span>
      <button type="button" className="button" onClick={() => void exportXlsx()} disabled={action.busy}>
        {t('screen.xlsx')}
      </button>
      <SelectField className="export-menu__table" label={t('screen.csvTable')} value={table} options={tables} onChange={setTable} />
      <button type="button" className="button" onClick={() => void exportCsv()} disabled={action.busy}>
        {t('screen.csv')}
      </button>
      <p className="export-menu__status" role="status">
        {action.busy ? t('screen.working') : saved}
      </p>
      <ErrorText message={action.error?.message} />
    </div>
  );
}
