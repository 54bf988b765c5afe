/**
 * Spreadsheet exports (issue 7): the tables are built from one consistent
 * read of the room and its whole change log, then written as a workbook or
 * as one CSV. Nothing is written to the room.
 */
import type { Handlers } from '../../shared/api/contract';
import type { ExportSource } from '../../shared/exports/export-tables';
import { exportTable, exportTables } from '../../shared/exports/export-tables';
import { exportFileName } from '../../shared/exports/export-table';
import { writeCsv } from '../exports/write-csv';
import { writeXlsx } from '../exports/write-xlsx';
import type { DataDir } from '../store/data-dir';
import type { RoomStore } from '../store/room-store';
import { openRoom } from './room-access';

function sourceOf(room: RoomStore): ExportSource {
  const detail = room.detail();
  const { total } = room.changeLog(1, 0);
  return { detail, changeLog: room.changeLog(Math.max(total, 1), 0).entries };
}

export function exportsHandlers(store: DataDir): Pick<Handlers, 'exports.xlsx' | 'exports.csv'> {
  return {
    'exports.xlsx': ({ dealRoomId, lang }, ctx) => {
      const source = sourceOf(openRoom(store, dealRoomId, ctx));
      const bytes = writeXlsx(exportTables(source, lang));
      return {
        fileName: exportFileName(source.detail.dealRoom.name, '', 'xlsx'),
        contentBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
      };
    },

    'exports.csv': ({ dealRoomId, table, lang }, ctx) => {
      const source = sourceOf(openRoom(store, dealRoomId, ctx));
      return {
        fileName: exportFileName(source.detail.dealRoom.name, table, 'csv'),
        content: writeCsv(exportTable(source, table, lang)),
      };
    },
  };
}
