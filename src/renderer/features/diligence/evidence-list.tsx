/**
 * The evidence files of a candidate, grouped by what they are attached to:
 * name, type, size, who added it and when, and the start of its SHA-256
 * (the whole of it on hover and for screen readers), to download or remove.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../shared/domain/entities';
import { fileTypeLabel } from '../../../shared/evidence/evidence-file-types';
import { formatFileSize } from '../../../shared/evidence/file-size';
import type { EvidenceFile } from '../../../shared/domain/vetting';
import { useApi } from '../../app/api-context';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import { EmptyState } from '../../components/empty-state';
import { ErrorText } from '../../components/error-text';
import { formatDateTime } from '../../../shared/i18n/format';
import { evidenceGroupsOf, type EvidenceGroup } from './evidence-targets';
import { base64ToBytes, downloadFile } from './file-transfer';
import { useTargetLabel } from './use-target-label';

interface EvidenceListProps {
  candidate: Candidate;
  name: string;
  /** What the last attachment did, announced here once the dialog has closed. */
  attachedMessage: string;
  onAttach: () => void;
}

/** Enough of the hash to tell files apart at a glance. */
const SHORT_HASH = 12;

export function EvidenceList({ candidate, name, attachedMessage, onAttach }: EvidenceListProps) {
  const { t } = useTranslation('evidence');
  const lang = useLanguage();
  const api = useApi();
  const { detail, mutate } = useDealRoom();
  const download = useApiAction();
  const targetLabel = useTargetLabel();
  const [removing, setRemoving] = useState<{ file: EvidenceFile; group: EvidenceGroup } | null>(null);
  const dealRoomId = detail.dealRoom.id;
  const groups = evidenceGroupsOf(detail, candidate.id, lang);

  async function downloadOne(file: EvidenceFile) {
    const content = await download.run(() => api.call('evidence.read', { dealRoomId, evidenceId: file.id }));
    if (content) downloadFile(content.fileName, content.mediaType, base64ToBytes(content.contentBase64));
  }

  const attachButton = (
    <button type="button" className="button" onClick={onAttach}>
      {t('files.attach')}
    </button>
  );

  return (
    <section className="diligence-block" aria-labelledby="diligence-files-title">
      <div className="diligence-block__header">
        <div>
          <h3 className="section-title" id="diligence-files-title">
            {t('files.heading')}
          </h3>
          <p className="diligence-block__summary">{t('files.intro')}</p>
        </div>
        {groups.length > 0 && attachButton}
      </div>
      <p className="diligence-block__status" role="status">
        {attachedMessage}
      </p>
      <ErrorText message={download.error?.message} />
      {groups.length === 0 ? (
        <EmptyState action={attachButton}>{t('files.empty', { name })}</EmptyState>
      ) : (
        groups.map((group) => (
          <div className="table-scroll diligence-files" key={group.key}>
            <table className="data-table">
              <caption className="diligence-files__caption">{t('files.caption', { target: targetLabel(group.view) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('files.columns.name')}</th>
                  <th scope="col">{t('files.columns.type')}</th>
                  <th scope="col" className="num">
                    {t('files.columns.size')}
                  </th>
                  <th scope="col">{t('files.columns.added')}</th>
                  <th scope="col">{t('files.columns.fingerprint')}</th>
                  <th scope="col" className="data-table__actions-head">
                    {t('files.columns.actions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {group.files.map((file) => (
                  <tr key={file.id}>
                    <th scope="row" className="data-table__name diligence-files__name">
                      {file.fileName}
                    </th>
                    <td>{fileTypeLabel(file.mediaType)}</td>
                    <td className="num">{formatFileSize(file.size, lang)}</td>
                    <td>{t('files.addedBy', { when: formatDateTime(file.addedAt, lang), who: file.addedBy })}</td>
                    <td>
                      <code className="diligence-files__hash" title={file.sha256}>
                        <span aria-hidden="true">{file.sha256.slice(0, SHORT_HASH)}…</span>
                        <span className="visually-hidden">{file.sha256}</span>
                      </code>
                    </td>
                    <td className="data-table__actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('files.downloadLabel', { name: file.fileName })}
                        disabled={download.busy}
                        onClick={() => void downloadOne(file)}
                      >
                        {t('files.download')}
                      </button>
                      <button
                        type="button"
                        className="button button--small button--danger-text"
                        aria-label={t('files.removeLabel', { name: file.fileName })}
                        onClick={() => setRemoving({ file, group })}
                      >
                        {t('files.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))
      )}
      {removing && (
        <ConfirmDeleteDialog
          title={t('files.removeTitle')}
          message={t('files.removeBody', { name: removing.file.fileName, target: targetLabel(removing.group.view) })}
          confirmLabel={t('files.removeConfirm')}
          remove={() => mutate('evidence.remove', { dealRoomId, evidenceId: removing.file.id })}
          onDeleted={() => setRemoving(null)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
