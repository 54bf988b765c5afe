/**
 * Writes the exported tables as one .xlsx workbook with exceljs,
 * synchronously.
 *
 * Why a worker: every handler of the contract is synchronous, but exceljs
 * only writes a workbook asynchronously (writeBuffer returns a promise). The
 * handshake of ../blocking-worker/kept-worker.ts: the workbook is built in
 * a worker thread from plain data while this thread waits on a shared flag
 * (Atomics.wait), then takes the bytes from a message port. The worker is
 * given as source (eval) so that it needs no file of its own in the Electron
 * bundle.
 *
 * The worker is kept between exports: starting a thread
 * and loading exceljs costs more than writing a room's workbook, and
 * exporting is something a user repeats. It is unref'd, so it never keeps
 * the process alive, and replaced if it fails or gets stuck.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { keptWorker } from '../blocking-worker/kept-worker';
import type { ExportTable } from '../../shared/exports/export-table';

/** A room's workbook is written in well under a second; this only stops a stuck worker from holding the app. */
const WRITE_TIMEOUT_MS = 60_000;

/** Excel number formats of the table's NumberFormat names. */
const NUMBER_FORMATS = { score: '0.00', fraction: '0.0%', points: '0.0', integer: '0' } as const;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const ExcelJS = require(workerData.exceljsPath);
function answer(port, signal, message, transfer) {
  try {
    port.postMessage(message, transfer || []);
  } catch (err) {
    port.postMessage({ ok: false, message: String(err && err.message || err) });
  }
  const flag = new Int32Array(signal);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3A5F' } };
const SUMMARY_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
const THIN = { style: 'thin', color: { argb: 'FF9AA8B8' } };
async function write(tables, numberFormats) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Shinrai';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.title, {
      views: [{ state: 'frozen', xSplit: table.frozenColumns, ySplit: 1 }],
    });
    sheet.columns = table.widths.map((width) => ({ width }));
    table.rows.forEach((row, r) => {
      const excelRow = sheet.getRow(r + 1);
      row.cells.forEach((cell, c) => {
        const target = excelRow.getCell(c + 1);
        if (cell.kind === 'text') target.value = cell.value;
        else if (cell.kind === 'number') target.value = cell.value;
        else if (cell.kind === 'formula') target.value = { formula: cell.formula, result: cell.result };
        if (cell.kind === 'number' || cell.kind === 'formula') target.numFmt = numberFormats[cell.format];
        target.alignment = { vertical: 'top', wrapText: row.role !== 'note' };
        if (row.role === 'header') {
          target.font = { bold: true, color: { argb: 'FFFFFFFF' } };
          target.fill = HEADER_FILL;
          target.border = { bottom: THIN };
          target.alignment = { vertical: 'middle', wrapText: true };
        } else if (row.role === 'summary') {
          target.font = { bold: true };
          target.fill = SUMMARY_FILL;
          target.border = { top: THIN };
        } else if (row.role === 'note') {
          target.font = { italic: true, color: { argb: 'FF555555' } };
        }
      });
      excelRow.commit && excelRow.commit();
    });
    sheet.getRow(1).height = 32;
  }
  const buffer = await workbook.xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer);
  return { ok: true, bytes };
}
parentPort.on('message', ({ port, signal, tables, numberFormats }) => {
  write(tables, numberFormats).then(
    (m) => answer(port, signal, m, [m.bytes.buffer]),
    (err) => answer(port, signal, { ok: false, message: String(err && err.message || err) }),
  );
});
`;

type WorkerAnswer = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** Kept between exports: see the header. Resolved on first use, not at load: only an export needs exceljs. */
const writer = keptWorker(() => {
  const exceljsPath = createRequire(import.meta.url).resolve('exceljs');
  return new Worker(WORKER_SOURCE, { eval: true, workerData: { exceljsPath } });
});

export function writeXlsx(tables: readonly ExportTable[]): Uint8Array {
  const answer = writer.ask({ tables, numberFormats: NUMBER_FORMATS }, WRITE_TIMEOUT_MS) as WorkerAnswer | undefined;
  if (!answer || !answer.ok) {
    // Not the caller's doing: the dispatcher logs it and answers with its generic internal error.
    throw new Error(`the workbook could not be written: ${answer?.message ?? 'no answer from the worker'}`);
  }
  return answer.bytes;
}
