/**
 * The circulation at a glance, from a proposal and its decisions: each
 * stage's place on the route (passed, holding it now, still to come, or where
 * it stopped), each approver's state within it, who holds the proposal now,
 * and what the acting profile may decide. Pure: the screen, its tests and any
 * printout read the same answer.
 *
 * A decision marked after the fact never changes a slot's formal state (it did
 * not move the circulation, ringi.ts); it is listed beside the slot instead.
 */
import type { Decision, DecisionKind, Proposal } from '../../../shared/domain/ringi';

export type StagePlace = 'passed' | 'current' | 'upcoming' | 'stopped' | 'not_reached';

export type SlotState =
  /** A final word at this stage: approve, with reservations, object, send back. */
  | { kind: 'decided'; decision: Decision }
  /** Handed to a deputy, whose decision is still awaited. */
  | { kind: 'delegated'; decision: Decision; deputyId: string }
  /** The stage holds the proposal now and this approver has not decided. */
  | { kind: 'waiting' }
  | { kind: 'upcoming' }
  /** The stage moved on without this approver (one approval was enough). */
  | { kind: 'not_needed' }
  /** The circulation ended before this approver's turn came, or without them. */
  | { kind: 'not_reached' };

export interface SlotView {
  approverId: string;
  approverName: string;
  state: SlotState;
  /** Reviews given after the stage had moved on, oldest first. */
  laterReviews: Decision[];
}

export interface StageView {
  index: number;
  name: string;
  mode: Proposal['route'][number]['mode'];
  place: StagePlace;
  slots: SlotView[];
}

const byTime = (a: Decision, b: Decision) => a.decidedAt.localeCompare(b.decidedAt);

function stagePlace(p: Pick<Proposal, 'status' | 'currentStage' | 'circulatedAt'>, index: number): StagePlace {
  switch (p.status) {
    case 'draft':
      return 'upcoming';
    case 'approved':
      return 'passed';
    case 'circulating':
      return index < p.currentStage ? 'passed' : index === p.currentStage ? 'current' : 'upcoming';
    default:
      // Rejected, sent back or withdrawn: stopped where it was; a draft withdrawn never started.
      if (p.circulatedAt === null) return 'not_reached';
      return index < p.currentStage ? 'passed' : index === p.currentStage ? 'stopped' : 'not_reached';
  }
}

function slotState(place: StagePlace, formal: Decision | undefined): SlotState {
  if (formal) {
    if (formal.kind === 'delegate' && formal.delegateToId !== null) {
      if (place === 'current') return { kind: 'delegated', decision: formal, deputyId: formal.delegateToId };
      // The stage moved on (one approval was enough) before the deputy decided.
      return place === 'passed' ? { kind: 'not_needed' } : { kind: 'not_reached' };
    }
    return { kind: 'decided', decision: formal };
  }
  if (place === 'current') return { kind: 'waiting' };
  if (place === 'upcoming') return { kind: 'upcoming' };
  if (place === 'passed') return { kind: 'not_needed' };
  return { kind: 'not_reached' };
}

export function circulationTrack(proposal: Pick<Proposal, 'id' | 'route' | 'status' | 'currentStage' | 'circulatedAt'>, decisions: readonly Decision[]): StageView[] {
  const own = decisions.filter((d) => d.proposalId === proposal.id).sort(byTime);
  return proposal.route.map((stage, index) => {
    const place = stagePlace(proposal, index);
    const slots = stage.approvers.map((a) => {
      const mine = own.filter((d) => d.stageIndex === index && d.approverId === a.profileId);
      // The latest formal word counts: a delegation is followed by the deputy's decision.
      const formal = mine.filter((d) => !d.afterTheFact).at(-1);
      return { approverId: a.profileId, approverName: a.name, state: slotState(place, formal), laterReviews: mine.filter((d) => d.afterTheFact) };
    });
    return { index, name: stage.name, mode: stage.mode, place, slots };
  });
}

export interface Holder {
  approverId: string;
  approverName: string;
  /** Set when the approver delegated: the deputy now holds it for them. */
  deputyId: string | null;
}

/** Who has the proposal now: the current stage's approvers still to decide (or their deputies). */
export function currentHolders(track: readonly StageView[]): Holder[] {
  const current = track.find((s) => s.place === 'current');
  if (!current) return [];
  return current.slots.flatMap((s): Holder[] =>
    s.state.kind === 'waiting'
      ? [{ approverId: s.approverId, approverName: s.approverName, deputyId: null }]
      : s.state.kind === 'delegated'
        ? [{ approverId: s.approverId, approverName: s.approverName, deputyId: s.state.deputyId }]
        : [],
  );
}

export interface DecisionSlot {
  stageIndex: number;
  stageName: string;
  approverId: string;
  approverName: string;
  /** Deciding as the deputy the approver delegated to (recorded as acting for them). */
  asDeputy: boolean;
  /** A review after the stage moved on: kept and shown, does not move the circulation. */
  afterTheFact: boolean;
}

/**
 * Where the acting profile may put a decision now (circulation-rules.ts
 * decides the same way): their own slot in the current stage, a slot
 * delegated to them, or, when the current stage does not name them, an
 * after-the-fact review at the latest earlier stage that does and where they
 * had not decided. Decisions are taken only while the proposal circulates.
 */
export function decisionSlotsFor(proposal: Pick<Proposal, 'status'>, track: readonly StageView[], actingId: string | null): DecisionSlot[] {
  if (actingId === null || proposal.status !== 'circulating') return [];
  const current = track.find((s) => s.place === 'current');
  if (!current) return [];
  const base = (stage: StageView, slot: SlotView) => ({ stageIndex: stage.index, stageName: stage.name, approverId: slot.approverId, approverName: slot.approverName });
  const slots: DecisionSlot[] = current.slots.flatMap((slot): DecisionSlot[] => {
    if (slot.state.kind === 'waiting' && slot.approverId === actingId) return [{ ...base(current, slot), asDeputy: false, afterTheFact: false }];
    if (slot.state.kind === 'delegated' && slot.state.deputyId === actingId) return [{ ...base(current, slot), asDeputy: true, afterTheFact: false }];
    return [];
  });
  if (current.slots.some((s) => s.approverId === actingId)) return slots;
  const earlier = track
    .filter((s) => s.index < current.index)
    .reverse()
    .find((s) => s.slots.some((slot) => slot.approverId === actingId));
  const own = earlier?.slots.find((slot) => slot.approverId === actingId);
  if (earlier && own && own.state.kind === 'not_needed' && own.laterReviews.length === 0) slots.push({ ...base(earlier, own), asDeputy: false, afterTheFact: true });
  return slots;
}

/** Which decisions a slot offers: an after-the-fact review neither sends back nor delegates. */
export function kindsFor(slot: Pick<DecisionSlot, 'afterTheFact' | 'asDeputy'>): DecisionKind[] {
  if (slot.afterTheFact) return ['approve', 'approve_with_reservations', 'object'];
  // A deputy decides; handing it on again would leave nobody answerable.
  if (slot.asDeputy) return ['approve', 'approve_with_reservations', 'object', 'send_back'];
  return ['approve', 'approve_with_reservations', 'object', 'send_back', 'delegate'];
}

/** Whether a decision of this kind needs words (the store refuses it without). */
export function commentRequired(kind: DecisionKind): boolean {
  return kind === 'approve_with_reservations' || kind === 'object' || kind === 'send_back';
}
