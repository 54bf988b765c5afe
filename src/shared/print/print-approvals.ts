/**
 * The approval boxes of the printed matrix filled from a proposal (issue 8:
 * "the approval boxes filled with each decision, name and date in a
 * stamp-like mark; reservations and objections visible"). The stamps come
 * from approval-stamps.ts, so the sheet and the circulation screen never
 * disagree; this module only adds what paper needs: the name a seal
 * carries, the date as a seal prints it, and the remarks written in full.
 */
import type { Decision, Proposal, ProposalStatus } from '../domain/ringi';
import { approvalStamps, type ApprovalStamp } from '../ringi/approval-stamps';
import type { PrintLanguage } from './print-options';

export interface PrintApprovals {
  proposalTitle: string;
  version: number;
  status: ProposalStatus;
  /** The frozen snapshot the approvers decided on, so a reader can match the sheet to the proposal. */
  snapshotHash: string;
  /** One per stage and approver, in route order. */
  stamps: ApprovalStamp[];
}

export function printApprovalsOf(
  proposal: Pick<Proposal, 'id' | 'route' | 'title' | 'version' | 'status' | 'snapshotHash'>,
  decisions: readonly Decision[],
  people?: ReadonlyMap<string, string>,
): PrintApprovals {
  return {
    proposalTitle: proposal.title,
    version: proposal.version,
    status: proposal.status,
    snapshotHash: proposal.snapshotHash,
    stamps: approvalStamps(proposal, decisions, people),
  };
}

/**
 * The proposal whose decisions the boxes show unless someone picks another:
 * the newest one that is approved or still circulating (a draft has no
 * decisions; a withdrawn or sent-back one is no longer the live decision).
 * "Newest" is the highest version, then the latest created.
 */
export function newestPrintableProposal<P extends Pick<Proposal, 'status' | 'version' | 'createdAt'>>(proposals: readonly P[]): P | null {
  const live = proposals.filter((p) => p.status === 'approved' || p.status === 'circulating');
  return live.reduce<P | null>((best, p) => (best === null || p.version > best.version || (p.version === best.version && p.createdAt > best.createdAt) ? p : best), null);
}

/** A decision's day as a seal prints it, "2026/11/23", in the time zone where it is printed. */
export function sealDate(iso: string): string {
  // 'sv' writes ISO-ordered dates; the slashes are how a hanko's date reads.
  return new Intl.DateTimeFormat('sv', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso)).replace(/-/g, '/');
}

export interface SealName {
  /** The name the seal carries: a hanko shows the family name. */
  family: string;
  /** The whole name in the same script, printed small under it. */
  full: string;
  /** Short enough (four characters or fewer) to print large, as a seal's name is. */
  large: boolean;
}

/** The most characters a family name may have to be printed large inside the seal's circle. */
export const LARGE_SEAL_CHARACTERS = 4;

/**
 * The name inside a seal. Recorded names read "Misaki Aoki (青木 美咲)"
 * (person-name.ts): the Japanese script is written family name first, the
 * Latin letters given name first, as the profile form asks for them. A
 * Japanese or bilingual sheet seals with the Japanese name when there is
 * one; an English sheet with the Latin one.
 */
export function sealName(recorded: string, lang: PrintLanguage): SealName {
  const both = /^(.+?) \((.+)\)$/.exec(recorded.trim());
  const latin = both ? both[1]! : /[\u3040-\u30ff\u3400-\u9fff]/.test(recorded) ? '' : recorded.trim();
  const ja = both ? both[2]! : latin === '' ? recorded.trim() : '';
  const useJa = ja !== '' && (lang !== 'en' || latin === '');
  const full = useJa ? ja : latin;
  const words = full.split(/[\s\u3000]+/).filter((w) => w !== '');
  const family = (useJa ? words[0] : words[words.length - 1]) ?? full;
  return { family, full, large: [...family].length <= LARGE_SEAL_CHARACTERS };
}

/** A recorded name as a sheet writes it in running text: in the sheet's script, or as recorded (both scripts) on a bilingual sheet. */
export function sheetName(recorded: string, lang: PrintLanguage): string {
  return lang === 'both' ? recorded : sealName(recorded, lang).full;
}

export type RemarkKind = 'reservation' | 'objection' | 'sendBack';

export interface PrintRemark {
  kind: RemarkKind;
  stageName: string;
  /** Who wrote it: the deputy when one decided for the approver. */
  name: string;
  /** The approver a deputy acted for; null when the approver decided. */
  forName: string | null;
  date: string;
  comment: string;
}

/** The reservations, objections and send-backs in route order, each with its words in full (a box has no room for them). */
export function printRemarks(approvals: PrintApprovals): PrintRemark[] {
  const kindOf: Partial<Record<ApprovalStamp['state'], RemarkKind>> = {
    approved_with_reservations: 'reservation',
    objected: 'objection',
    sent_back: 'sendBack',
  };
  return approvals.stamps.flatMap((s) => {
    const kind = kindOf[s.state];
    if (!kind || s.decidedAt === null) return [];
    return [{ kind, stageName: s.stageName, name: s.actorName ?? s.approverName, forName: s.actorName ? s.approverName : null, date: sealDate(s.decidedAt), comment: s.comment }];
  });
}
