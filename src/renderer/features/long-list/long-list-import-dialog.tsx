/**
 * Import a long list: choose a CSV or XLSX file, see its first rows as they
 * were read (format, encoding, Japanese intact), check which column fills
 * which field (prefilled from the header names), and import. The store
 * checks every row first; when one is wrong it refuses the file whole and
 * its message names each bad row as the file numbers it.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvEncoding, LongListPreview } from '../../../shared/api/contract-long-list';
import { columnLabels } from '../../../shared/long-list/column-labels';
import type { LongListField, LongListMapping } from '../../../shared/long-list/long-list-fields';
import { MAX_LONG_LIST_BYTES } from '../../../shared/long-list/long-list-limits';
import { useApi } from '../../app/api-context';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { Notice } from '../../components/notice';
import { bytesToBase64 } from './file-to-base64';
import { LongListMappingFields } from './long-list-mapping-fields';
import { LongListPreviewTable } from './long-list-preview-table';
import './long-list.css';

type Step =
  | { kind: 'choose' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; fileName: string; contentBase64: string; preview: LongListPreview; headerRow: boolean; mapping: LongListMapping }
  | { kind: 'done'; imported: number };

const MEGABYTE = 1024 * 1024;

interface LongListImportDialogProps {
  open: boolean;
  onClose: () => void;
}

export function LongListImportDialog({ open, onClose }: LongListImportDialogProps) {
  const { t } = useTranslation('longList');
  const api = useApi();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const input = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDListElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [readError, setReadError] = useState<string | undefined>();
  const dealRoomId = detail.dealRoom.id;

  useEffect(() => {
    if (!open) return;
    setStep({ kind: 'choose' });
    setReadError(undefined);
    action.clearError();
  }, [open]);

  // The button that chose the file is gone once the preview shows: focus moves to what was read.
  const shownPreview = step.kind === 'preview' ? step.preview : null;
  useEffect(() => {
    if (shownPreview) summary.current?.focus();
  }, [shownPreview]);

  const encodingLabel: Record<CsvEncoding, string> = {
    'utf-8': t('encoding.utf8'),
    'utf-8-bom': t('encoding.utf8Bom'),
    shift_jis: t('encoding.shiftJis'),
  };

  async function onFile(file: File) {
    setReadError(undefined);
    action.clearError();
    if (file.size > MAX_LONG_LIST_BYTES) {
      // Refused before reading: a file this size is not held in memory for nothing.
      setReadError(t('errors.tooLarge', { fileName: file.name, size: Math.round((file.size / MEGABYTE) * 10) / 10, max: MAX_LONG_LIST_BYTES / MEGABYTE }));
      return;
    }
    const previous = step;
    setStep({ kind: 'reading', fileName: file.name });
    let contentBase64: string;
    try {
      contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    } catch {
      setReadError(t('dialog.unreadable', { fileName: file.name }));
      setStep(previous);
      return;
    }
    const preview = await action.run(() => api.call('longList.preview', { dealRoomId, fileName: file.name, contentBase64 }));
    if (!preview) {
      setStep(previous.kind === 'preview' ? previous : { kind: 'choose' });
      return;
    }
    setStep({ kind: 'preview', fileName: file.name, contentBase64, preview, headerRow: preview.headerRow, mapping: { ...preview.suggestedMapping } });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (step.kind !== 'preview') return;
    const { fileName, contentBase64, mapping, headerRow } = step;
    const result = await action.run(() => mutate('longList.import', { dealRoomId, fileName, contentBase64, mapping, headerRow }));
    if (result) setStep({ kind: 'done', imported: result.imported });
  }

  function setMapping(field: LongListField, column: number | undefined) {
    setStep((s) => {
      if (s.kind !== 'preview') return s;
      const mapping = { ...s.mapping };
      if (column === undefined) delete mapping[field];
      else mapping[field] = column;
      return { ...s, mapping };
    });
    action.clearError();
  }

  const chooseButton = (label: string) => (
    <button type="button" className="button" onClick={() => input.current?.click()} disabled={action.busy || step.kind === 'reading'}>
      {label}
    </button>
  );

  return (
    <ModalDialog open={open} title={t('dialog.title')} onClose={onClose} className="dialog--wide long-list-dialog">
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('dialog.fileInput')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void onFile(file);
        }}
      />
      {step.kind === 'done' ? (
        <div className="long-list-dialog__done">
          <Notice role="status">
            <p className="long-list-dialog__done-count">{t('done', { count: step.imported })}</p>
            <p>{t('doneHint')}</p>
          </Notice>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={onClose} autoFocus>
              {t('finish')}
            </button>
          </div>
        </div>
      ) : step.kind === 'preview' ? (
        <form className="form long-list-dialog__form" onSubmit={submit} noValidate>
          <dl ref={summary} tabIndex={-1} className="long-list-summary" aria-label={t('summary.label')}>
            <div>
              <dt>{t('summary.file')}</dt>
              <dd>{step.fileName}</dd>
            </div>
            <div>
              <dt>{t('summary.format')}</dt>
              <dd>{step.preview.format === 'xlsx' ? t('summary.xlsx') : t('summary.csv', { encoding: step.preview.encoding ? encodingLabel[step.preview.encoding] : '' })}</dd>
            </div>
            <div>
              <dt>{t('summary.rows')}</dt>
              <dd>{t('summary.rowCount', { count: step.preview.rowCount })}</dd>
            </div>
          </dl>
          <CheckboxField label={t('headerRow')} checked={step.headerRow} onChange={(headerRow) => setStep({ ...step, headerRow })} />
          <LongListPreviewTable
            preview={step.preview}
            columns={columnLabels(step.preview.rows[0], step.preview.columns.length, step.headerRow)}
            headerRow={step.headerRow}
            mapping={step.mapping}
          />
          <LongListMappingFields columns={columnLabels(step.preview.rows[0], step.preview.columns.length, step.headerRow)} mapping={step.mapping} onChange={setMapping} />
          <ErrorText message={readError ?? action.error?.message} />
          <div className="dialog__actions long-list-dialog__actions">
            {chooseButton(t('dialog.chooseAnother'))}
            <span className="long-list-dialog__spacer" />
            <button type="button" className="button" onClick={onClose}>
              {t('ui:actions.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={action.busy}>
              {action.busy ? t('importing') : t('import', { count: Math.max(0, step.preview.rowCount - (step.headerRow ? 1 : 0)) })}
            </button>
          </div>
        </form>
      ) : (
        <div className="long-list-dialog__choose">
          <p className="dialog__message">{t('dialog.intro')}</p>
          {step.kind === 'reading' && (
            <p className="long-list-dialog__reading" role="status">
              {t('dialog.reading', { fileName: step.fileName })}
            </p>
          )}
          <ErrorText message={readError ?? action.error?.message} />
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose}>
              {t('ui:actions.cancel')}
            </button>
            {chooseButton(t('dialog.choose'))}
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
