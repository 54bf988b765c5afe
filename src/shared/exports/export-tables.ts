/** Every exported table of a room, in sheet order, from one snapshot of it and its analysis. */
import type { ChangeLogEntry, DealRoomDetail, Language } from '../domain/entities';
import { analyseDealRoom } from '../engine/analyse-deal-room';
import { changeLogTable } from './change-log-table';
import type { ExportTable, ExportTableKey } from './export-table';
import { matrixTable } from './matrix-table';
import { candidatesTable, consensusTable, flagsTable, scoresTable } from './room-tables';
import { termsTable } from './terms-table';

export interface ExportSource {
  detail: DealRoomDetail;
  changeLog: readonly ChangeLogEntry[];
}

export function exportTable(source: ExportSource, key: ExportTableKey, lang: Language): ExportTable {
  const analysis = analyseDealRoom(source.detail);
  switch (key) {
    case 'matrix':
      return matrixTable(source.detail, analysis, lang);
    case 'candidates':
      return candidatesTable(source.detail, analysis, lang);
    case 'scores':
      return scoresTable(source.detail, lang);
    case 'consensus':
      return consensusTable(source.detail, analysis, lang);
    case 'flags':
      return flagsTable(source.detail, lang);
    case 'terms':
      return termsTable(source.detail, lang);
    case 'changeLog':
      return changeLogTable(source.changeLog, lang);
  }
}

export function exportTables(source: ExportSource, lang: Language): ExportTable[] {
  const analysis = analyseDealRoom(source.detail);
  return [
    matrixTable(source.detail, analysis, lang),
    candidatesTable(source.detail, analysis, lang),
    scoresTable(source.detail, lang),
    consensusTable(source.detail, analysis, lang),
    flagsTable(source.detail, lang),
    termsTable(source.detail, lang),
    changeLogTable(source.changeLog, lang),
  ];
}
