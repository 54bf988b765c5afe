/**
 * The backups of the data folder: each with its time, rooms and size; "Back
 * up now"; how often and how many are kept; and Restore, which first shows
 * what would be replaced and then asks once more.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary, RestorePreview } from '../../../shared/api/contract-backups';
import type { Language } from '../../../shared/domain/entities';
import { useApi } from '../../app/api-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { BackupSettingsForm } from './backup-settings-form';
import { RestorePreviewTable } from './restore-preview-table';

/** When a backup was made, to the second: backups made within one minute must still be told apart. */
function backupTime(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
}

/** Size in megabytes, worded by Intl in the reader's language. */
function megabytes(bytes: number, lang: Language): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1_000_000);
}

export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('backups');
  const lang = useLanguage();
  const api = useApi();
  const load = useApiAction();
  const action = useApiAction();
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [preview, setPreview] = useState<RestorePreview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [toDelete, setToDelete] = useState<BackupSummary | null>(null);

  const refresh = useCallback(async () => {
    const list = await load.run(() => api.call('backups.list', {}));
    if (list) setBackups(list);
  }, [api, load]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const when = (b: BackupSummary) => (b.createdAt ? backupTime(b.createdAt, lang) : t('damaged'));

  async function backUpNow() {
    if (await action.run(() => api.call('backups.create', {}))) await refresh();
  }

  async function showPreview(id: string) {
    const found = await action.run(() => api.call('backups.preview', { backupId: id }));
    if (found) setPreview(found);
  }

  async function restore() {
    if (!preview) return;
    const done = await action.run(() => api.call('backups.restore', { backupId: preview.backup.id, confirm: true }));
    // Every screen holds data read before the restore: starting the page again is the one sure refresh.
    if (done) window.location.reload();
  }

  async function remove() {
    if (!toDelete) return;
    if (await action.run(() => api.call('backups.delete', { backupId: toDelete.id }))) {
      setToDelete(null);
      await refresh();
    }
  }

  return (
    <>
      <ModalDialog open={!preview && !toDelete} title={t('title')} onClose={onClose} className="dialog--wide">
        <div className="backups">
          <p className="backups__intro">{t('intro')}</p>
          <div className="backups__toolbar">
            <button type="button" className="button button--primary" onClick={() => void backUpNow()} disabled={action.busy}>
              {t('backUpNow')}
            </button>
          </div>
          <ErrorText message={action.error?.message ?? load.error?.message} />
          {backups === null ? null : backups.length === 0 ? (
            <EmptyState>{t('none')}</EmptyState>
          ) : (
            <table className="backups__table">
              <caption className="visually-hidden">{t('listCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('columns.createdAt')}</th>
                  <th scope="col" className="backups__number">{t('columns.rooms')}</th>
                  <th scope="col" className="backups__number">{t('columns.size')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {backups.map((b) => (
                  <tr key={b.id}>
                    <th scope="row">{when(b)}</th>
                    <td className="backups__number">{b.rooms}</td>
                    <td className="backups__number">{megabytes(b.size, lang)}</td>
                    <td>
                      <div className="backups__actions">
                        <button
                          type="button"
                          className="button"
                          disabled={!b.readable || action.busy}
                          aria-label={t('restoreLabel', { when: when(b) })}
                          onClick={() => void showPreview(b.id)}
                        >
                          {t('restore')}
                        </button>
                        <button type="button" className="button" aria-label={t('deleteLabel', { when: when(b) })} onClick={() => setToDelete(b)}>
                          {t('delete')}
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <BackupSettingsForm />
        </div>
      </ModalDialog>
      {preview ? (
        <ModalDialog open={!confirming} title={t('preview.title', { when: when(preview.backup) })} onClose={() => setPreview(null)} className="dialog--wide">
          <div className="backups">
            <p>{t('preview.intro')}</p>
            <RestorePreviewTable rows={preview.rooms} />
            {preview.rooms.some((r) => r.status === 'onlyNow') ? <p className="backups__note">{t('preview.keptAside')}</p> : null}
            <ErrorText message={action.error?.message} />
            <div className="dialog__actions">
              <button type="button" className="button" onClick={() => setPreview(null)}>
                {t('preview.back')}
              </button>
              <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
                {t('preview.restore')}
              </button>
            </div>
          </div>
        </ModalDialog>
      ) : null}
      <ConfirmDialog
        open={confirming && preview !== null}
        title={t('confirm.title')}
        message={t('confirm.message', { when: preview ? when(preview.backup) : '' })}
        confirmLabel={t('confirm.action')}
        onConfirm={() => void restore()}
        onCancel={() => setConfirming(false)}
        busy={action.busy}
        error={action.error?.message}
      />
      <ConfirmDialog
        open={toDelete !== null}
        title={t('deleteConfirm.title')}
        message={t('deleteConfirm.message', { when: toDelete ? when(toDelete) : '' })}
        confirmLabel={t('delete')}
        onConfirm={() => void remove()}
        onCancel={() => setToDelete(null)}
        busy={action.busy}
        error={action.error?.message}
      />
    </>
  );
}
