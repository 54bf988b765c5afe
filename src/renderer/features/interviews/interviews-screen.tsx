/**
 * Interviews: questions before terms (DOMAIN.md, step 3). For the chosen
 * candidate, the question bank on the left and the interview guide on the
 * right, each guide question with the answers recorded to it. The guide
 * prints bilingual and exports as a Markdown file.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { candidateName } from '../../../shared/domain/display-names';
import { guideMarkdown } from '../../../shared/questions/guide-markdown';
import { useDealRoom } from '../../app/deal-room-context';
import type { Section } from '../../app/section-tabs';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { EmptyState } from '../../components/empty-state';
import { ScreenHeader } from '../../components/screen-header';
import { SelectField } from '../../components/select-field';
import { todayIsoDate } from './calendar-date';
import { downloadTextFile } from './download-text-file';
import { guideEntries, withQuestionAdded, type GuideEntry } from './guide-edits';
import { guideFileName } from './guide-file-name';
import { GuidePrintView } from './guide-print-view';
import { InterviewGuidePanel } from './interview-guide-panel';
import { QuestionBankPanel } from './question-bank-panel';
import './interviews.css';

export function InterviewsScreen({ onGoTo }: { onGoTo: (s: Section) => void }) {
  const { t } = useTranslation('interviews');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [printView, setPrintView] = useState(false);
  // Compared candidates first: they are the ones being interviewed side by side.
  const candidates = [...detail.candidates].sort((a, b) => Number(b.compared) - Number(a.compared) || a.sortOrder - b.sortOrder);
  const candidate = candidates.find((c) => c.id === chosenId) ?? candidates[0];

  if (!candidate) {
    return (
      <section className="screen" aria-labelledby="interviews-title">
        <ScreenHeader id="interviews-title" title={t('screen.heading')} intro={t('screen.intro')} />
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

  const dealRoomId = detail.dealRoom.id;
  const items = detail.interviewItems.filter((i) => i.candidateId === candidate.id);
  const entries = guideEntries(items);
  const today = todayIsoDate();

  const candidateId = candidate.id;
  const saveGuide = async (next: GuideEntry[]): Promise<boolean> =>
    (await action.run(() => mutate('interviews.setGuide', { dealRoomId, candidateId, items: next }))) !== null;

  const exportGuide = () => {
    const text = guideMarkdown({ roomName: detail.dealRoom.name, candidate, items, preparedOn: today });
    downloadTextFile(text, guideFileName(candidateName(candidate, lang), today));
  };

  const actions = printView ? (
    <>
      <button type="button" className="button button--primary" onClick={() => window.print()}>
        {t('screen.print')}
      </button>
      <button type="button" className="button" onClick={() => setPrintView(false)}>
        {t('screen.backToGuide')}
      </button>
    </>
  ) : (
    <>
      <button type="button" className="button" onClick={() => setPrintView(true)} disabled={items.length === 0}>
        {t('screen.printView')}
      </button>
      <button type="button" className="button" onClick={exportGuide} disabled={items.length === 0}>
        {t('screen.export')}
      </button>
    </>
  );

  return (
    <section className={printView ? 'screen interviews interviews--print-view' : 'screen interviews'} aria-labelledby="interviews-title">
      <ScreenHeader id="interviews-title" title={t('screen.heading')} intro={t('screen.intro')} actions={actions} />
      <div className="interviews-toolbar">
        <SelectField
          label={t('screen.candidate')}
          value={candidate.id}
          options={candidates.map((c) => ({ value: c.id, label: c.compared ? candidateName(c, lang) : t('screen.notCompared', { name: candidateName(c, lang) }) }))}
          onChange={(id) => {
            setChosenId(id);
            action.clearError();
          }}
          className="interviews-toolbar__candidate"
        />
        <p className="field__hint">{t('screen.settingNote')}</p>
      </div>
      {printView ? (
        <GuidePrintView roomName={detail.dealRoom.name} candidate={candidate} items={items} preparedOn={today} />
      ) : (
        <div className="interviews-layout">
          <QuestionBankPanel
            inGuide={new Set(entries.map((e) => e.questionKey).filter((k) => k !== ''))}
            busy={action.busy}
            onAdd={(key) => void saveGuide(withQuestionAdded(entries, key))}
          />
          <InterviewGuidePanel key={candidate.id} candidate={candidate} items={items} action={action} saveGuide={saveGuide} />
        </div>
      )}
    </section>
  );
}
