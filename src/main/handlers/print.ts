/**
 * The printed comparison matrix as a PDF (issue 7): one consistent read of
 * the room, the print document, and headless Chromium's rendering of it
 * (../print/print-pdf.ts). Nothing is written to the room.
 */
import type { Handlers } from '../../shared/api/contract';
import { printApprovalsOf, type PrintApprovals } from '../../shared/print/print-approvals';
import { personName } from '../../shared/ringi/person-name';
import { PdfBrowserError } from '../print/pdf-browser';
import { localCalendarDate, printMatrixPdf } from '../print/print-pdf';
import type { DataDir } from '../store/data-dir';
import { decisionTable, proposalTable } from '../store/entity-tables';
import type { RoomStore } from '../store/room-store';
import { DomainError } from './domain-error';
import { openRoom } from './room-access';

export function printHandlers(store: DataDir): Pick<Handlers, 'print.pdf'> {
  return {
    'print.pdf': ({ dealRoomId, options, printDate }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      // The matrix and the proposal's decisions from one read, so the stamps belong to the numbers printed beside them.
      const { detail, approvals } = room.inspect(() => ({ detail: room.detail(), approvals: approvalsOf(store, room, options.proposalId) }));
      try {
        const pdf = printMatrixPdf(detail, options, printDate ?? localCalendarDate(), approvals);
        return {
          fileName: pdf.fileName,
          contentBase64: Buffer.from(pdf.bytes.buffer, pdf.bytes.byteOffset, pdf.bytes.byteLength).toString('base64'),
          pages: pdf.pages,
          snapshotId: pdf.snapshotId,
        };
      } catch (err) {
        // A machine without Chromium is something a person can act on; any other failure is ours:
        // the dispatcher logs it and answers with its generic internal error.
        if (err instanceof PdfBrowserError && err.reason === 'no_browser') throw new DomainError('rule_violation', 'print:errors.noBrowser');
        throw err;
      }
    },
  };
}

/** The chosen proposal's stamps; a proposal that is not in this room is refused, naming the option. */
function approvalsOf(store: DataDir, room: RoomStore, proposalId: string | null): PrintApprovals | null {
  if (proposalId === null) return null;
  const proposal = room.row(proposalTable, { id: proposalId });
  if (!proposal) throw new DomainError('not_found', 'print:errors.proposalNotFound', { id: proposalId }, 'options.proposalId');
  const decisions = room.rows(decisionTable, 'proposal_id = @proposalId', { proposalId });
  // Deputies a slot is delegated to are named as the people file names them now.
  const people = new Map(store.people.read().profiles.map((p) => [p.id, personName(p)]));
  return printApprovalsOf(proposal, decisions, people);
}
