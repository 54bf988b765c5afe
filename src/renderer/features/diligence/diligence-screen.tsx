/**
 * Due diligence (issue 5): per candidate, the list of what was requested
 * (with overdue requests marked in words), and the evidence files of the
 * candidate and its records, to attach, download and remove.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { candidateName } from '../../../shared/domain/display-names';
import { localIsoDate } from '../../../shared/diligence/overdue';
import { useDealRoom } from '../../app/deal-room-context';
import type { Section } from '../../app/section-tabs';
import { useLanguage } from '../../app/use-language';
import { EmptyState } from '../../components/empty-state';
import { ScreenHeader } from '../../components/screen-header';
import { SelectField } from '../../components/select-field';
import { AttachFileDialog } from './attach-file-dialog';
import { EvidenceList } from './evidence-list';
import { targetKey } from './evidence-targets';
import { RequestList } from './request-list';
import './diligence.css';

export function DiligenceScreen({ onGoTo }: { onGoTo: (s: Section) => void }) {
  const { t } = useTranslation('evidence');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const [chosenId, setChosenId] = useState('');
  /** The target the attach dialog opens on, or null while it is closed. */
  const [attachTo, setAttachTo] = useState<string | null>(null);
  const [attachedMessage, setAttachedMessage] = useState('');
  const candidates = detail.candidates;
  const candidate = candidates.find((c) => c.id === chosenId) ?? candidates[0];

  if (!candidate) {
    return (
      <section className="screen" aria-labelledby="diligence-title">
        <ScreenHeader id="diligence-title" title={t('screen.heading')} intro={t('screen.intro')} />
        <EmptyState
          action={
            <button type="button" className="button button--primary" onClick={() => onGoTo('candidates')}>
              {t('screen.goToCandidates')}
            </button>
          }
        >
          {t('screen.noCandidates')}
        </EmptyState>
      </section>
    );
  }

  const name = candidateName(candidate, lang);
  // The reader's own calendar day: "overdue" is about today where they sit.
  const today = localIsoDate(new Date());

  return (
    <section className="screen diligence" aria-labelledby="diligence-title">
      <ScreenHeader id="diligence-title" title={t('screen.heading')} intro={t('screen.intro')} />
      <SelectField
        className="diligence__candidate"
        label={t('screen.candidate')}
        value={candidate.id}
        options={candidates.map((c) => ({ value: c.id, label: candidateName(c, lang) }))}
        onChange={(id) => {
          setChosenId(id);
          setAttachedMessage('');
        }}
      />
      <RequestList candidate={candidate} name={name} today={today} onAttach={(itemId) => setAttachTo(targetKey('due_diligence', itemId))} />
      <EvidenceList candidate={candidate} name={name} attachedMessage={attachedMessage} onAttach={() => setAttachTo(targetKey('candidate', candidate.id))} />
      <AttachFileDialog
        open={attachTo !== null}
        candidate={candidate}
        name={name}
        initialTarget={attachTo ?? ''}
        onClose={() => setAttachTo(null)}
        onAttached={(message) => {
          setAttachTo(null);
          setAttachedMessage(message);
        }}
      />
    </section>
  );
}
