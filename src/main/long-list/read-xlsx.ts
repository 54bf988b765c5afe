/**
 * Reads the first sheet of an .xlsx workbook with exceljs, synchronously.
 *
 * Why a worker: every handler of the contract is synchronous (one call, one
 * SQLite transaction, one result), but exceljs only reads workbooks
 * asynchronously. So the workbook is read in a worker thread while this
 * thread waits on a shared flag (Atomics.wait, which Node allows outside the
 * browser), then takes the worker's answer from its port with
 * receiveMessageOnPort. The answer is the sheet's raw cell values; turning
 * them into text (xlsx-cell-text.ts) happens here, in plain code.
 *
 * The worker is given as source (eval) so that it needs no file of its own in
 * the Electron bundle; it loads exceljs from the path resolved here.
 */
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { DomainError } from '../handlers/domain-error';
import type { TableRow } from './table-rows';
import { cellText } from './xlsx-cell-text';

/** A 10 MB workbook reads in a few seconds; this only stops a stuck worker from holding the app forever. */
const READ_TIMEOUT_MS = 120_000;

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { port, signal, exceljsPath, bytes } = workerData;
function answer(message) {
  try {
    port.postMessage(message);
  } catch (err) {
    port.postMessage({ ok: false, message: 'the cell values could not be passed back: ' + String(err && err.message || err) });
  }
  const flag = new Int32Array(signal);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
async function read() {
  const ExcelJS = require(exceljsPath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const sheets = workbook.worksheets;
  // The first sheet a user sees: hidden sheets usually hold lookup lists.
  const sheet = sheets.find((s) => s.state === undefined || s.state === 'visible') || sheets[0];
  if (!sheet) return { ok: true, sheetName: '', rows: [] };
  const rows = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const raw = row.values;
    const values = [];
    for (let c = 1; c < raw.length; c++) values.push(raw[c] === undefined ? null : raw[c]);
    rows.push({ number, values });
  });
  return { ok: true, sheetName: sheet.name, rows };
}
read().then(answer, (err) => answer({ ok: false, message: String(err && err.message || err) }));
`;

type WorkerAnswer = { ok: true; sheetName: string; rows: { number: number; values: unknown[] }[] } | { ok: false; message: string };

export interface XlsxSheet {
  sheetName: string;
  rows: TableRow[];
}

export function readXlsx(bytes: Uint8Array, fileName: string): XlsxSheet {
  // Resolved here, not at load: only an import of a workbook needs exceljs.
  const exceljsPath = createRequire(import.meta.url).resolve('exceljs');
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { port: port2, signal, exceljsPath, bytes }, transferList: [port2] });
  let answer: WorkerAnswer | undefined;
  try {
    Atomics.wait(flag, 0, 0, READ_TIMEOUT_MS);
    answer = receiveMessageOnPort(port1)?.message as WorkerAnswer | undefined;
  } finally {
    port1.close();
    void worker.terminate();
  }
  if (!answer || !answer.ok) {
    throw new DomainError('rule_violation', 'longList:errors.unreadableWorkbook', { fileName }, 'contentBase64');
  }
  return {
    sheetName: answer.sheetName,
    rows: answer.rows.map((r) => ({ number: r.number, cells: r.values.map(cellText) })),
  };
}
