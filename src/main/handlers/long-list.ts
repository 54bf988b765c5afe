/**
 * Long-list import (issue 5, "Pipeline with a comparison gate"): a CSV or
 * XLSX of firms becomes candidates on the long list. The preview reads the
 * file and suggests a mapping; the import reads it again with the mapping the
 * user chose, checks every row, and adds them all in one transaction or none.
 *
 * The change log gets one row for the import (file, format, encoding, count)
 * and one creation row per candidate, as a candidate added by hand has: each
 * imported firm is later edited, moved and scored on its own, and "when did
 * this candidate appear, and from where?" is answered from its own history.
 */
import type { Handlers } from '../../shared/api/contract';
import type { Language } from '../../shared/domain/entities';
import { CANDIDATE_INTAKE_DEFAULTS } from '../../shared/domain/vetting';
import { columnLabels } from '../../shared/long-list/column-labels';
import { MAX_LONG_LIST_ROWS, PREVIEW_ROWS } from '../../shared/long-list/long-list-limits';
import { candidatesFromRows, checkMapping } from '../long-list/candidate-rows';
import { bytesFromBase64, readLongListFile, type LongListTable } from '../long-list/read-long-list-file';
import { suggestMapping } from '../long-list/suggest-mapping';
import type { DataDir } from '../store/data-dir';
import { candidateTable, dealRoomTable } from '../store/entity-tables';
import { newId } from '../store/room-id';
import { DomainError } from './domain-error';
import { openRoom } from './room-access';

type LongListOps = 'longList.preview' | 'longList.import';

/** The change-log field of the row that records a long-list import. */
export const LONG_LIST_IMPORT_FIELD = 'longListImport';

function readTable(fileName: string, contentBase64: string, lang: Language): LongListTable {
  return readLongListFile(fileName, bytesFromBase64(contentBase64, fileName), lang);
}

function checkRowCount(dataRows: number): void {
  if (dataRows > MAX_LONG_LIST_ROWS) throw new DomainError('rule_violation', 'longList:errors.tooManyRows', { count: dataRows, max: MAX_LONG_LIST_ROWS }, 'contentBase64');
}

export function longListHandlers(store: DataDir): Pick<Handlers, LongListOps> {
  return {
    'longList.preview': ({ dealRoomId, fileName, contentBase64 }, ctx) => {
      openRoom(store, dealRoomId, ctx);
      const table = readTable(fileName, contentBase64, ctx.lang);
      if (table.rows.length === 0) throw new DomainError('rule_violation', 'longList:errors.noRows', { fileName }, 'contentBase64');
      const suggestion = suggestMapping(table.rows);
      checkRowCount(table.rows.length - (suggestion.headerRow ? 1 : 0));
      const shown = table.rows.slice(0, PREVIEW_ROWS);
      return {
        format: table.format,
        encoding: table.encoding,
        columns: columnLabels(table.rows[0]?.cells, table.columnCount, suggestion.headerRow),
        rows: shown.map((r) => r.cells),
        rowNumbers: shown.map((r) => r.number),
        rowCount: table.rows.length,
        headerRow: suggestion.headerRow,
        suggestedMapping: suggestion.mapping,
      };
    },

    'longList.import': ({ dealRoomId, fileName, contentBase64, mapping, headerRow }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      const table = readTable(fileName, contentBase64, ctx.lang);
      const dataRows = headerRow ? table.rows.slice(1) : table.rows;
      if (dataRows.length === 0) throw new DomainError('rule_violation', 'longList:errors.noRows', { fileName }, 'contentBase64');
      checkRowCount(dataRows.length);
      checkMapping(mapping, table.columnCount, ctx.lang);
      const labels = columnLabels(table.rows[0]?.cells, table.columnCount, headerRow);
      // Every row is read and checked before the transaction opens: a bad row refuses the file whole.
      const candidates = candidatesFromRows(dataRows, mapping, labels, ctx.lang);
      room.change(ctx.actor, (tx) => {
        let sortOrder = room.nextSortOrder('candidate');
        tx.note(dealRoomTable.entity, room.id, LONG_LIST_IMPORT_FIELD, null, {
          fileName,
          format: table.format,
          encoding: table.encoding,
          candidates: candidates.length,
        });
        for (const fields of candidates) {
          tx.insert(candidateTable, {
            id: newId(),
            ...CANDIDATE_INTAKE_DEFAULTS,
            ...fields,
            // The long list is where a firm waits to be screened, outside the side-by-side comparison.
            stage: 'long_list',
            compared: false,
            sortOrder: sortOrder++,
          });
        }
      });
      return { imported: candidates.length };
    },
  };
}
