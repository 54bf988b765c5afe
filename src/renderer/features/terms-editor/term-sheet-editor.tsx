/**
 * Legal's and BD's working surface for one candidate's staged deal: the
 * sheet and its review, the phases with their milestones, the trigger rules
 * and the clause facts, each open to reviewer comments. Everything is read
 * from the open deal-room and changed through the terms.* operations.
 */
import { candidateName } from '../../../shared/domain/display-names';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { ClauseFactsForm } from './clause-facts-form';
import { todayIsoDate } from './phase-dates';
import { PhaseSection } from './phase-section';
import { SheetHeader } from './sheet-header';
import { StartSheet } from './start-sheet';
import { TriggerSection } from './trigger-section';
import './terms-editor.css';

export function TermSheetEditor({ candidateId }: { candidateId: string }) {
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const candidate = detail.candidates.find((c) => c.id === candidateId);
  const sheet = detail.termSheets.find((s) => s.candidateId === candidateId);
  const name = candidate ? candidateName(candidate, lang) : '';
  if (!sheet) return <StartSheet candidateId={candidateId} candidateName={name} />;
  const today = todayIsoDate();
  return (
    // Keyed by sheet: a deleted and restarted sheet opens with fresh forms.
    <div className="terms-editor" key={sheet.id}>
      <SheetHeader sheet={sheet} candidateName={name} />
      <PhaseSection sheet={sheet} today={today} />
      <TriggerSection sheet={sheet} />
      <ClauseFactsForm sheet={sheet} />
    </div>
  );
}
