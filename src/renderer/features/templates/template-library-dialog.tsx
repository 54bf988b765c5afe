/**
 * The criteria template library: the built-in templates and the user's own,
 * each with what is in it, a preview of its pillars and criteria, Export to a
 * file, and Delete for the user's own. Import adds a template from a file.
 */
import './templates.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../shared/domain/criteria-template';
import { useApi } from '../../app/api-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { Badge } from '../../components/badge';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { Notice } from '../../components/notice';
import { downloadJson } from '../deal-rooms/export-deal-room';
import { ImportTemplateButton } from './import-template-button';
import { TemplateCounts } from './template-counts';
import { templateFileName } from './template-file-name';
import { TemplatePreview } from './template-preview';
import { templateDescription, templateName } from './template-texts';
import { useTemplateList } from './use-template-list';

interface TemplateLibraryDialogProps {
  open: boolean;
  onClose: () => void;
  /** The template to preview when the dialog opens (e.g. one just saved). */
  initialSelection?: string | undefined;
  /** A message to show when the dialog opens (e.g. that a template was saved). */
  initialNotice?: string | undefined;
}

export function TemplateLibraryDialog({ open, onClose, initialSelection, initialNotice }: TemplateLibraryDialogProps) {
  const { t } = useTranslation('templates');
  const lang = useLanguage();
  const api = useApi();
  const { templates, error, reload } = useTemplateList(open);
  const exportAction = useApiAction();
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [deleting, setDeleting] = useState<TemplateSummary | null>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    setSelectedId(initialSelection);
    setNotice(initialNotice);
    exportAction.clearError();
    // Reset only when the dialog opens.
  }, [open]);

  const selected = templates?.find((s) => s.id === selectedId);

  async function exportTemplate(summary: TemplateSummary) {
    const document_ = await exportAction.run(() => api.call('templates.get', { templateId: summary.id }));
    if (document_ !== null) downloadJson(document_, templateFileName(templateName(summary, lang)));
  }

  return (
    <>
      <ModalDialog open={open} title={t('library.title')} onClose={onClose} className="template-library">
        <div className="template-library__toolbar">
          <p className="dialog__message">{t('library.intro')}</p>
          <ImportTemplateButton
            onImported={(summary) => {
              setSelectedId(summary.id);
              setNotice(t('library.imported', { name: templateName(summary, lang) }));
              void reload();
            }}
          />
        </div>
        {notice && (
          <Notice tone="info" role="status">
            <p>{notice}</p>
          </Notice>
        )}
        {error && <ErrorText message={t('library.loadFailed', { message: error.message })} />}
        {templates === null ? (
          !error && <p className="muted">{t('ui:app.loading')}</p>
        ) : (
          <div className="template-library__columns">
            <ul ref={list} className="template-list" aria-label={t('library.listLabel')} tabIndex={-1}>
              {templates.map((summary) => {
                const name = templateName(summary, lang);
                const description = templateDescription(summary, lang);
                const isSelected = summary.id === selectedId;
                return (
                  <li key={summary.id} className={['template-list__item', isSelected ? 'template-list__item--selected' : null].filter(Boolean).join(' ')}>
                    <div className="template-list__head">
                      <span className="template-list__name">{name}</span>
                      <Badge tone={summary.builtIn ? 'neutral' : 'accent'}>{summary.builtIn ? t('library.builtIn') : t('library.yours')}</Badge>
                    </div>
                    {description && <p className="template-list__description clamp-3">{description}</p>}
                    <TemplateCounts summary={summary} />
                    <div className="template-list__actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-pressed={isSelected}
                        aria-label={t('library.previewLabel', { name })}
                        onClick={() => setSelectedId(summary.id)}
                      >
                        {t('library.preview')}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('library.exportLabel', { name })}
                        disabled={exportAction.busy}
                        onClick={() => void exportTemplate(summary)}
                      >
                        {t('library.export')}
                      </button>
                      {!summary.builtIn && (
                        <button
                          type="button"
                          className="button button--small button--danger-text"
                          aria-label={t('library.deleteLabel', { name })}
                          onClick={() => setDeleting(summary)}
                        >
                          {t('ui:actions.delete')}
                        </button>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
            <div className="template-library__preview">
              {selected ? (
                <TemplatePreview key={selected.id} templateId={selected.id} name={templateName(selected, lang)} />
              ) : (
                <p className="muted">{t('library.choose')}</p>
              )}
            </div>
          </div>
        )}
        <ErrorText message={exportAction.error?.message} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('ui:actions.close')}
          </button>
        </div>
      </ModalDialog>
      {deleting && (
        <ConfirmDeleteDialog
          title={t('library.deleteTitle', { name: templateName(deleting, lang) })}
          message={t('library.deleteBody')}
          confirmLabel={t('library.deleteConfirm')}
          remove={() => api.call('templates.delete', { templateId: deleting.id })}
          onCancel={() => setDeleting(null)}
          onDeleted={() => {
            if (selectedId === deleting.id) setSelectedId(undefined);
            setNotice(undefined);
            setDeleting(null);
            // The Delete button that opened the question goes with its template: keep focus in the library.
            void reload().then(() => list.current?.focus());
          }}
        />
      )}
    </>
  );
}
