/**
 * "Open portable file…": picks a .shinrai-room file, has the app check every
 * part of it (changing nothing), shows what it holds or why it is refused,
 * then opens it as a new deal-room. Replacing a room of the same name is
 * offered, never the default, and asked once more by name before it is done.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/api/contract';
import { formatDateTime } from '../../../shared/i18n/format';
import { useApi } from '../../app/api-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { Notice } from '../../components/notice';
import { bytesToBase64 } from '../diligence/file-transfer';
import './portable.css';

type Inspection = OutputOf<'portable.inspect'>;

const formatCount = (n: number, lang: string) => new Intl.NumberFormat(lang).format(n);

interface Picked {
  fileName: string;
  contentBase64: string;
  inspection: Inspection;
}

export function OpenPortableButton({ onImported }: { onImported: (id: string) => void }) {
  const { t } = useTranslation('portable');
  const lang = useLanguage();
  const api = useApi();
  const inspect = useApiAction();
  const open = useApiAction();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [mode, setMode] = useState<'new' | 'replace'>('new');
  const [confirming, setConfirming] = useState(false);

  async function onPick(file: File | undefined) {
    if (!file) return;
    const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    const inspection = await inspect.run(() => api.call('portable.inspect', { contentBase64 }));
    // The same file can be picked again after a cancel.
    if (input.current) input.current.value = '';
    if (inspection === null) return;
    setMode('new');
    open.clearError();
    setPicked({ fileName: file.name, contentBase64, inspection });
  }

  function close() {
    setPicked(null);
    setConfirming(false);
  }

  async function openFile() {
    if (!picked) return;
    const existing = picked.inspection.existingRoomWithSameName;
    const room = await open.run(() =>
      api.call(
        'portable.import',
        mode === 'replace' && existing
          ? { contentBase64: picked.contentBase64, mode: 'replace', replaceRoomId: existing.id }
          : { contentBase64: picked.contentBase64, mode: 'new' },
      ),
    );
    if (room === null) {
      setConfirming(false);
      return;
    }
    close();
    onImported(room.id);
  }

  const inspection = picked?.inspection;
  const countLabels = [
    ['candidates', t('open.counts.candidates')],
    ['criteria', t('open.counts.criteria')],
    ['evaluators', t('open.counts.evaluators')],
    ['scores', t('open.counts.scores')],
    ['answers', t('open.counts.answers')],
    ['flags', t('open.counts.flags')],
    ['dueDiligence', t('open.counts.dueDiligence')],
    ['evidenceFiles', t('open.counts.evidenceFiles')],
  ] as const;
  const existing = inspection?.existingRoomWithSameName;
  const refused = inspection !== undefined && inspection.problems.length > 0;

  return (
    <div className="portable-open">
      <label htmlFor={inputId} className="visually-hidden">
        {t('open.fileLabel')}
      </label>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept=".shinrai-room,application/zip"
        className="portable-open__input"
        tabIndex={-1}
        onChange={(e) => void onPick(e.target.files?.[0])}
      />
      <button type="button" className="button button--block" onClick={() => input.current?.click()} disabled={inspect.busy}>
        {inspect.busy ? t('open.busy') : t('open.button')}
      </button>
      <ErrorText message={inspect.error?.message} />

      <ModalDialog open={picked !== null && !confirming} title={refused ? t('open.refusedTitle') : t('open.title')} onClose={close}>
        {picked && inspection && (
          <div className="dialog__body portable-dialog">
            {refused ? (
              <>
                <p>{t('open.refusedIntro', { file: picked.fileName })}</p>
                <ul className="portable-dialog__problems">
                  {inspection.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </>
            ) : (
              <>
                <p className="portable-dialog__summary">
                  {t('open.summary', {
                    name: inspection.roomName,
                    date: inspection.exportedAt ? formatDateTime(inspection.exportedAt, lang) : '',
                    version: inspection.appVersion,
                  })}
                </p>
                <dl className="portable-dialog__counts" aria-label={t('open.countsCaption')}>
                  {countLabels.map(([key, label]) => (
                    <div key={key}>
                      <dt>{label}</dt>
                      <dd>{formatCount(inspection.counts[key], lang)}</dd>
                    </div>
                  ))}
                </dl>
                <Notice tone="info" role="status">{t('open.checked')}</Notice>
                {existing && (
                  <fieldset className="portable-dialog__choice">
                    <legend>{t('open.sameName', { name: existing.name })}</legend>
                    <label>
                      <input type="radio" name={`${inputId}-mode`} value="new" checked={mode === 'new'} onChange={() => setMode('new')} />
                      {t('open.asNew')}
                    </label>
                    <label>
                      <input type="radio" name={`${inputId}-mode`} value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
                      {t('open.replace', { name: existing.name })}
                    </label>
                  </fieldset>
                )}
                <ErrorText message={open.error?.message} />
                <div className="dialog__actions">
                  <button type="button" className="button" onClick={close}>
                    {t('open.cancel')}
                  </button>
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={open.busy}
                    onClick={() => (mode === 'replace' && existing ? setConfirming(true) : void openFile())}
                  >
                    {open.busy ? t('open.busy') : t('open.openButton')}
                  </button>
                </div>
              </>
            )}
          </div>
        )}
      </ModalDialog>

      <ConfirmDialog
        open={confirming && existing !== undefined}
        title={t('open.confirmTitle', { name: existing?.name ?? '' })}
        message={t('open.confirmMessage', { name: existing?.name ?? '' })}
        confirmLabel={t('open.confirmButton')}
        busy={open.busy}
        error={open.error?.message}
        onConfirm={() => void openFile()}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
