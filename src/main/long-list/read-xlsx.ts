/**
 * Reads the first sheet of an .xlsx workbook with exceljs, synchronously: in
 * a worker thread kept between reads (../blocking-worker/kept-worker.ts),
 * since exceljs only reads workbooks asynchronously, and loading it costs
 * more than reading a long list (a preview and then the import read the same
 * file twice). The answer is the sheet's raw cell values; turning them into
 * text (xlsx-cell-text.ts) happens here, in plain code, after refusing the
 * sheet if any cell holds a formula. The archive itself was checked before
 * exceljs sees it (read-long-list-file.ts: zip bombs, climbing names).
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { columnLetter } from '../../shared/long-list/column-labels';
import { keptWorker } from '../blocking-worker/kept-worker';
import { DomainError } from '../handlers/domain-error';
import type { TableRow } from './table-rows';
import { cellText, holdsFormula } from './xlsx-cell-text';

/** A 10 MB workbook reads in a few seconds; this only stops a stuck worker from holding the app forever. */
const READ_TIMEOUT_MS = 120_000;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const ExcelJS = require(workerData.exceljsPath);
function answer(port, signal, message) {
  try {
    port.postMessage(message);
  } catch (err) {
    port.postMessage({ ok: false, message: String(err && err.message || err) });
  }
  const flag = new Int32Array(signal);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
async function read(bytes) {
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
parentPort.on('message', ({ port, signal, bytes }) => {
  read(bytes).then(
    (m) => answer(port, signal, m),
    (err) => answer(port, signal, { ok: false, message: String(err && err.message || err) }),
  );
});
`;

/** Kept between reads: see the header. Resolved on first use, not at load: only an import of a workbook needs exceljs. */
const reader = keptWorker(() => {
  const exceljsPath = createRequire(import.meta.url).resolve('exceljs');
  return new Worker(WORKER_SOURCE, { eval: true, workerData: { exceljsPath } });
});

type WorkerAnswer = { ok: true; sheetName: string; rows: { number: number; values: unknown[] }[] } | { ok: false; message: string };

export interface XlsxSheet {
  sheetName: string;
  rows: TableRow[];
}

export function readXlsx(bytes: Uint8Array, fileName: string): XlsxSheet {
  const answer = reader.ask({ bytes }, READ_TIMEOUT_MS) as WorkerAnswer | undefined;
  if (!answer || !answer.ok) {
    throw new DomainError('rule_violation', 'longList:errors.unreadableWorkbook', { fileName }, 'contentBase64');
  }
  // Every formula cell refuses the file, named as Excel names it ("C4"), so the user finds it.
  const formulaCells = answer.rows.flatMap((r) => r.values.flatMap((v, i) => (holdsFormula(v) ? [`${columnLetter(i)}${r.number}`] : [])));
  const [first] = formulaCells;
  if (first !== undefined) {
    const others = formulaCells.length - 1;
    if (others === 0) throw new DomainError('rule_violation', 'longList:errors.formulaCell', { fileName, cell: first }, 'contentBase64');
    throw new DomainError('rule_violation', 'longList:errors.formulaCells', { fileName, cell: first, count: others }, 'contentBase64');
  }
  return {
    sheetName: answer.sheetName,
    rows: answer.rows.map((r) => ({ number: r.number, cells: r.values.map(cellText) })),
  };
}
