/**
 * Reads the first sheet of an .xlsx workbook with exceljs, synchronously: in
 * a blocking worker (../blocking-worker/run-worker-blocking.ts), since exceljs
 * only reads workbooks asynchronously. The answer is the sheet's raw cell
 * values; turning them into text (xlsx-cell-text.ts) happens here, in plain
 * code. The worker loads exceljs from the path resolved here.
 */
import { createRequire } from 'node:module';
import { runWorkerBlocking } from '../blocking-worker/run-worker-blocking';
import { DomainError } from '../handlers/domain-error';
import type { TableRow } from './table-rows';
import { cellText } from './xlsx-cell-text';

/** A 10 MB workbook reads in a few seconds; this only stops a stuck worker from holding the app forever. */
const READ_TIMEOUT_MS = 120_000;

const WORKER_SOURCE = `
const { exceljsPath, bytes } = workerData;
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
  const answer = runWorkerBlocking(WORKER_SOURCE, { exceljsPath, bytes }, READ_TIMEOUT_MS) as WorkerAnswer | undefined;
  if (!answer || !answer.ok) {
    throw new DomainError('rule_violation', 'longList:errors.unreadableWorkbook', { fileName }, 'contentBase64');
  }
  return {
    sheetName: answer.sheetName,
    rows: answer.rows.map((r) => ({ number: r.number, cells: r.values.map(cellText) })),
  };
}
