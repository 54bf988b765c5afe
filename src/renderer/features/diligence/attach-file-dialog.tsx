/**
 * Attach a file to the candidate or one of its records. The size is checked
 * here first, with the store's own message, so a file far too large is not
 * read and sent only to be refused; the store checks everything again.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../shared/domain/entities';
import { EVIDENCE_FILE_ACCEPT, MAX_EVIDENCE_BYTES, mediaTypeForFileName } from '../../../shared/evidence/evidence-file-types';
import { formatMegabytes, formatMegabytesOver } from '../../../shared/evidence/file-size';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { ErrorText } from '../../components/error-text';
import { Field } from '../../components/field';
import { ModalDialog } from '../../components/modal-dialog';
import { SelectField } from '../../components/select-field';
import { attachTargetsOf, targetKey } from './evidence-targets';
import { bytesToBase64 } from './file-transfer';
import { useTargetLabel } from './use-target-label';

interface AttachFileDialogProps {
  open: boolean;
  candidate: Candidate;
  name: string;
  /** The target chosen when the dialog opens ("due_diligence:<id>"). */
  initialTarget: string;
  onClose: () => void;
  /** After a file was attached (or found attached already), with what to say about it. */
  onAttached: (message: string) => void;
}

export function AttachFileDialog({ open, candidate, name, initialTarget, onClose, onAttached }: AttachFileDialogProps) {
  const { t } = useTranslation('evidence');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const targetLabel = useTargetLabel();
  const targets = attachTargetsOf(detail, candidate.id, lang);
  const [target, setTarget] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState('');

  useEffect(() => {
    if (!open) return;
    setTarget(initialTarget);
    setFile(null);
    setFileProblem('');
    action.clearError();
  }, [open, initialTarget]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = targets.find((x) => targetKey(x.attachedTo, x.attachedId) === target) ?? targets[0];
    if (!chosen) return;
    if (!file) {
      setFileProblem(t('attachForm.chooseFile'));
      return;
    }
    if (file.size > MAX_EVIDENCE_BYTES) {
      setFileProblem(t('errors.tooLarge', { size: formatMegabytesOver(file.size, lang), limit: formatMegabytes(MAX_EVIDENCE_BYTES, lang) }));
      return;
    }
    setFileProblem('');
    // Reading the file is part of the call: the button stays busy, and a second click sends nothing.
    const result = await action.run(async () =>
      mutate('evidence.add', {
        dealRoomId: detail.dealRoom.id,
        candidateId: candidate.id,
        attachedTo: chosen.attachedTo,
        attachedId: chosen.attachedId,
        fileName: file.name,
        // The extension decides (see mediaTypeForFileName); the picker's guess only when it says nothing.
        mediaType: mediaTypeForFileName(file.name) || file.type,
        contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
      }),
    );
    if (result) onAttached(result.duplicate ? t('attachForm.duplicate', { name: result.file.fileName }) : t('attachForm.attached', { name: result.file.fileName }));
  }

  const e = action.error;
  // The content and its declared type are both "the file" to the person choosing it.
  const fileError = fileProblem || fieldErrorFor(e, 'contentBase64') || fieldErrorFor(e, 'mediaType') || fieldErrorFor(e, 'fileName');
  return (
    <ModalDialog open={open} title={t('attachForm.title', { name })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          label={t('attachForm.target')}
          value={target || (targets[0] ? targetKey(targets[0].attachedTo, targets[0].attachedId) : '')}
          options={targets.map((x) => ({ value: targetKey(x.attachedTo, x.attachedId), label: targetLabel(x.view) }))}
          onChange={setTarget}
          error={fieldErrorFor(e, 'attachedId')}
        />
        <Field label={t('attachForm.file')} hint={t('attachForm.fileHint', { limit: formatMegabytes(MAX_EVIDENCE_BYTES, lang) })} error={fileError}>
          {(control) => (
            <input
              type="file"
              className="input diligence-file-input"
              accept={EVIDENCE_FILE_ACCEPT}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setFileProblem('');
              }}
              {...control}
            />
          )}
        </Field>
        <ErrorText message={formErrorFor(e, ['attachedId', 'contentBase64', 'mediaType', 'fileName'])} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('ui:actions.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={action.busy}>
            {action.busy ? t('attachForm.attaching') : t('attachForm.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
