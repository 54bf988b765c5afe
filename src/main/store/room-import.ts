/**
 * Fills a new deal-room file with a whole deal-room in one change: the rows
 * of an imported file, recorded in the change log as one import (not one
 * row per score: an import of thousands of scores is one event).
 */
import { DEAL_ROOM_FILE_FORMAT, type DealRoomFile } from '../../shared/domain/deal-room-file';
import type { DealRoomDetail } from '../../shared/domain/entities';
import {
  answerTable,
  candidateTable,
  conflictTable,
  consensusTable,
  criterionTable,
  dealRoomTable,
  dissentTable,
  dueDiligenceTable,
  milestoneTable,
  phaseTable,
  termCommentTable,
  termSheetTable,
  triggerTable,
  evaluatorTable,
  interviewItemTable,
  pillarTable,
  redFlagTable,
  scoreTable,
  suitorSignalTable,
  weightingTable,
} from './entity-tables';
import type { RoomStore } from './room-store';

/** The change-log field of the row that records an import. */
export const IMPORT_FIELD = 'import';

export function writeImportedRoom(room: RoomStore, detail: DealRoomDetail, source: DealRoomFile, actor: string): void {
  room.change(actor, (tx) => {
    tx.insertUnlogged(dealRoomTable, [detail.dealRoom]);
    tx.insertUnlogged(candidateTable, detail.candidates);
    tx.insertUnlogged(pillarTable, detail.pillars);
    tx.insertUnlogged(criterionTable, detail.criteria);
    tx.insertUnlogged(evaluatorTable, detail.evaluators.map((e, i) => ({ ...e, sortOrder: i })));
    tx.insertUnlogged(scoreTable, detail.scores);
    tx.insertUnlogged(consensusTable, detail.consensus);
    tx.insertUnlogged(conflictTable, detail.conflicts);
    tx.insertUnlogged(dissentTable, detail.dissent);
    tx.insertUnlogged(weightingTable, detail.weightings);
    tx.insertUnlogged(suitorSignalTable, detail.signals);
    tx.insertUnlogged(interviewItemTable, detail.interviewItems);
    tx.insertUnlogged(answerTable, detail.answers);
    tx.insertUnlogged(redFlagTable, detail.flags);
    tx.insertUnlogged(dueDiligenceTable, detail.dueDiligence);
    tx.insertUnlogged(termSheetTable, detail.termSheets);
    tx.insertUnlogged(phaseTable, detail.phases);
    tx.insertUnlogged(milestoneTable, detail.milestones);
    tx.insertUnlogged(triggerTable, detail.triggers);
    tx.insertUnlogged(termCommentTable, detail.termComments);
    tx.note(dealRoomTable.entity, room.id, IMPORT_FIELD, null, {
      name: detail.dealRoom.name,
      format: DEAL_ROOM_FILE_FORMAT,
      version: source.version,
      exportedAt: source.exportedAt ?? null,
      candidates: detail.candidates.length,
      pillars: detail.pillars.length,
      criteria: detail.criteria.length,
      evaluators: detail.evaluators.length,
      scores: detail.scores.length,
      consensus: detail.consensus.length,
      conflicts: detail.conflicts.length,
      dissent: detail.dissent.length,
      weightings: detail.weightings.length,
      signals: detail.signals.length,
      interviewItems: detail.interviewItems.length,
      answers: detail.answers.length,
      flags: detail.flags.length,
      dueDiligence: detail.dueDiligence.length,
    });
  });
}
