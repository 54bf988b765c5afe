/**
 * The print preview: the options (paper, orientation, language, approval
 * boxes, confidentiality line) beside the sheet as it will print, scaled to
 * fit, with a dashed line where each page ends. "Print" opens the system's
 * print dialog on the print layout alone (browser and Electron alike);
 * "Save as PDF" asks the main process for the same document rendered by
 * headless Chromium (print.pdf) and downloads it.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validationError } from '../../../shared/api/validation-message';
import { analyseDealRoom } from '../../../shared/engine/analyse-deal-room';
import { newestPrintableProposal, printApprovalsOf } from '../../../shared/print/print-approvals';
import { buildPrintModel } from '../../../shared/print/print-model';
import { personName } from '../../../shared/ringi/person-name';
import { pageSize, PrintOptions, type Orientation, type Paper, type PrintLanguage } from '../../../shared/print/print-options';
import { useApi } from '../../app/api-context';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { useApiAction } from '../../app/use-api-action';
import { downloadBlob } from '../../components/download-blob';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { base64ToBytes } from '../diligence/file-transfer';
import { useRingiWords } from '../ringi/ringi-words';
import { useCirculation } from '../ringi/use-circulation';
import { usePeople } from '../ringi/use-people';
import { PrintDocument } from './print-document';
import { printCssFor } from './print-document-css';
import { PrintPortal } from './print-portal';
import { PrintSheetStyle } from './print-sheet-style';
import { todayHere } from './today-here';

/** CSS pixels per millimetre (96 px per inch). */
const PX_PER_MM = 96 / 25.4;
/** The width the preview sheet is zoomed to, in CSS pixels. */
const PREVIEW_WIDTH_PX = 780;

interface PrintPreviewDialogProps {
  open: boolean;
  onClose: () => void;
}

export function PrintPreviewDialog({ open, onClose }: PrintPreviewDialogProps) {
  const { t } = useTranslation('print');
  const uiLang = useLanguage();
  const api = useApi();
  const { detail } = useDealRoom();
  const action = useApiAction();
  const [paper, setPaper] = useState<Paper>('a4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [lang, setLang] = useState<PrintLanguage>(uiLang);
  const [approvals, setApprovals] = useState('');
  const [confidentiality, setConfidentiality] = useState('');
  const [saved, setSaved] = useState('');
  const words = useRingiWords();
  const circulation = useCirculation(detail);
  const { people } = usePeople();
  // null until someone picks: then the newest approved or circulating proposal fills the boxes; '' means empty boxes.
  const [pickedProposal, setPickedProposal] = useState<string | null>(null);
  const proposals = circulation.status === 'ready' ? circulation.circulation.proposals : [];
  const proposalId = pickedProposal ?? newestPrintableProposal(proposals)?.id ?? '';
  const chosen = proposals.find((p) => p.id === proposalId) ?? null;

  const printDate = useMemo(() => todayHere(), []);
  const stamps = useMemo(() => {
    if (!chosen || circulation.status !== 'ready') return null;
    // Deputies of a delegated slot are named as the people file names them, as print.pdf does.
    const names = new Map((people?.profiles ?? []).map((p) => [p.id, personName(p)]));
    return printApprovalsOf(chosen, circulation.circulation.decisions, names);
  }, [chosen, circulation, people]);
  const model = useMemo(
    () => (open ? buildPrintModel({ detail, analysis: analyseDealRoom(detail), printDate, approvals: stamps }) : null),
    [open, detail, printDate, stamps],
  );

  const labels = approvals
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const raw = { paper, orientation, lang, approvalLabels: labels, confidentiality, proposalId: chosen ? chosen.id : null };
  const parsed = PrintOptions.safeParse(raw);
  const problem = parsed.success ? null : validationError(parsed.error, uiLang, raw);
  // While a field is wrong the preview keeps the last options that were right.
  const [lastGood, setLastGood] = useState<PrintOptions>(() => PrintOptions.parse({ lang: uiLang }));
  const options = parsed.success ? parsed.data : lastGood;
  if (parsed.success && JSON.stringify(parsed.data) !== JSON.stringify(lastGood)) setLastGood(parsed.data);

  async function savePdf() {
    setSaved('');
    if (!parsed.success) return;
    const file = await action.run(() => api.call('print.pdf', { dealRoomId: detail.dealRoom.id, options: parsed.data, printDate }));
    if (!file) return;
    downloadBlob(new Blob([base64ToBytes(file.contentBase64)], { type: 'application/pdf' }), file.fileName);
    setSaved(t('preview.saved', { fileName: file.fileName, count: file.pages, id: file.snapshotId }));
  }

  const page = pageSize(options.paper, options.orientation);
  const zoom = PREVIEW_WIDTH_PX / (page.width * PX_PER_MM);

  return (
    <ModalDialog open={open} title={t('preview.title')} onClose={onClose} className="dialog--print">
      {model ? (
        <div className="print-preview">
          <div>
            <fieldset className="print-preview__options">
              <legend>{t('preview.options')}</legend>
              <SelectField
                label={t('preview.paper')}
                value={paper}
                onChange={setPaper}
                options={[
                  { value: 'a4', label: t('preview.papers.a4') },
                  { value: 'a3', label: t('preview.papers.a3') },
                  { value: 'letter', label: t('preview.papers.letter') },
                ]}
              />
              <SelectField
                label={t('preview.orientation')}
                value={orientation}
                onChange={setOrientation}
                options={[
                  { value: 'landscape', label: t('preview.orientations.landscape') },
                  { value: 'portrait', label: t('preview.orientations.portrait') },
                ]}
              />
              <SelectField
                label={t('preview.language')}
                value={lang}
                onChange={setLang}
                options={[
                  { value: 'en', label: t('preview.languages.en') },
                  { value: 'ja', label: t('preview.languages.ja') },
                  { value: 'both', label: t('preview.languages.both') },
                ]}
              />
              <SelectField
                label={t('preview.approvalSource')}
                value={chosen ? chosen.id : ''}
                onChange={setPickedProposal}
                options={[
                  { value: '', label: t('preview.emptyBoxes') },
                  ...proposals.map((p) => ({ value: p.id, label: t('preview.proposalChoice', { version: p.version, title: p.title, status: words.status(p.status) }) })),
                ]}
                error={circulation.status === 'failed' ? t('preview.proposalsFailed', { message: circulation.error.message }) : undefined}
              />
              <TextAreaField
                label={t('preview.approvals')}
                hint={t('preview.approvalsHint')}
                value={approvals}
                onChange={setApprovals}
                rows={4}
                // The labels name empty boxes only; a proposal's boxes are named by its route's stages.
                disabled={chosen !== null}
                error={problem?.path?.startsWith('approvalLabels') ? problem.message : undefined}
              />
              <TextField
                label={t('preview.confidentiality')}
                hint={t('preview.confidentialityHint')}
                value={confidentiality}
                onChange={setConfidentiality}
                error={problem?.path?.startsWith('confidentiality') ? problem.message : undefined}
              />
            </fieldset>
            <div className="print-preview__actions">
              <button type="button" className="button button--primary" onClick={() => window.print()} disabled={!parsed.success}>
                {t('preview.print')}
              </button>
              <button type="button" className="button" onClick={() => void savePdf()} disabled={!parsed.success || action.busy}>
                {t('preview.savePdf')}
              </button>
              <button type="button" className="button" onClick={onClose}>
                {t('preview.close')}
              </button>
            </div>
            <p className="print-preview__status" role="status">
              {action.busy ? t('preview.saving') : saved}
            </p>
            <ErrorText message={action.error?.message} />
          </div>
          <div className="print-preview__stage" role="region" aria-label={t('preview.pages')} tabIndex={0}>
            <PrintSheetStyle css={printCssFor(model, options)} />
            <div
              className="print-preview__sheet"
              data-paper={options.paper}
              data-orientation={options.orientation}
              style={{
                zoom,
                width: `${page.width}mm`,
                minHeight: `${page.height}mm`,
                padding: '10mm',
                // A dashed rule at every page height (less the margins the sheet repeats on each page).
                backgroundImage: `repeating-linear-gradient(to bottom, transparent 0, transparent calc(${page.height}mm - 1px), #9aa5b1 calc(${page.height}mm - 1px), #9aa5b1 ${page.height}mm)`,
              }}
            >
              <PrintDocument model={model} options={options} />
            </div>
          </div>
          <PrintPortal model={model} options={options} />
        </div>
      ) : null}
    </ModalDialog>
  );
}
