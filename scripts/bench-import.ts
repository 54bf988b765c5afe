/**
 * Import of 10,000 candidates through the contract (issue 9, target < 1 s),
 * both ways a long list arrives: a CSV through longList.import, and a whole
 * deal-room file through dealRooms.import. Each is set against a bare
 * better-sqlite3 bulk insert of the same 10,000 rows in the same run: one
 * transaction, one prepared statement, into a table made with the candidate
 * table's own CREATE statement (same columns, same checks) in a file opened
 * with the app's durability pragmas. The ratio says what the app's work on top
 * (validation, ids, change-log rows with their hash chain, search and sort
 * keys) costs against the floor SQLite sets on this machine.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createApp } from '../src/main/app';
import { ROOM_FILE_EXTENSION } from '../src/main/store/room-id';
import { MAX_LONG_LIST_ROWS } from '../src/shared/long-list/long-list-limits';
import { figuresOf, note, report, type Figures } from './bench-ui/figures';
import { longListDealRoomFile } from './synthetic-deal-room';

const CANDIDATES = 10_000;
const TARGET_MS = 1000;
const RUNS = 5;

const TYPES = ['代理店', '商社', '代理人', '合弁'] as const;

/** A Japanese/English long list as BD exports it from a CRM, in files of at most MAX_LONG_LIST_ROWS rows each. */
function longListCsvFiles(rows: number): string[] {
  const files: string[] = [];
  for (let start = 1; start <= rows; start += MAX_LONG_LIST_ROWS) {
    const lines = ['会社名,英文社名,本社所在地,種別,URL,備考,初回接触日'];
    for (let i = start; i < Math.min(rows + 1, start + MAX_LONG_LIST_ROWS); i++) {
      lines.push(
        `株式会社試験医療${i},Trial Medical ${i} K.K.,${i % 3 === 0 ? '大阪府大阪市' : '東京都港区'},${TYPES[i % TYPES.length]},https://trial-${i}.example.jp,"展示会で名刺交換、病院${i % 400}施設と取引",2027/${(i % 12) + 1}/${(i % 28) + 1}`,
      );
    }
    files.push(Buffer.from(lines.join('\r\n'), 'utf8').toString('base64'));
  }
  return files;
}

const CSV_MAPPING = { nameJa: 0, nameLatin: 1, headquarters: 2, type: 3, website: 4, notes: 5, firstContactOn: 6 };

function timeRuns(runs: number, once: (run: number) => void): Figures {
  // One unmeasured round first: it loads the modules and compiles the schemas, which a real import finds done.
  once(-1);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    once(run);
    times.push(performance.now() - started);
  }
  return figuresOf(times);
}

interface CandidateTable {
  createSql: string;
  columns: string[];
  rows: unknown[][];
}

/** The candidate table as the app made it: its CREATE statement and every row, read back from a room file. */
function readCandidateTable(roomFile: string): CandidateTable {
  const db = new Database(roomFile, { readonly: true });
  try {
    const { sql } = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'candidate'").get() as { sql: string };
    const statement = db.prepare('SELECT * FROM candidate');
    const columns = statement.columns().map((c) => c.name);
    const rows = (statement.raw(true).all() as unknown[][]).map((row) => [...row]);
    return { createSql: sql, columns, rows };
  } finally {
    db.close();
  }
}

/** The floor: the same rows, one prepared INSERT in one transaction, in a fresh file with the app's pragmas (room-file.ts). */
function bareInsert(dir: string, table: CandidateTable, run: number): void {
  const db = new Database(join(dir, `bare-${run}.db`));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.exec(table.createSql);
    const insert = db.prepare(`INSERT INTO candidate (${table.columns.join(', ')}) VALUES (${table.columns.map(() => '?').join(', ')})`);
    db.transaction(() => {
      for (const row of table.rows) insert.run(row);
    })();
  } finally {
    db.close();
  }
}

const rate = (f: Figures) => CANDIDATES / (f.median / 1000);
const perSecond = (x: number) => `${Math.round(x).toLocaleString('en-GB')} rows/s`;

export function benchImportTenThousand(): void {
  const root = mkdtempSync(join(tmpdir(), 'shinrai-bench-import-10k-'));
  try {
    const csvFiles = longListCsvFiles(CANDIDATES);
    const csv = createApp({ dataDir: join(root, 'csv'), seedSample: false });
    let csvImported = 0;
    let csvRoomId = '';
    const csvFigures = timeRuns(RUNS, (run) => {
      const room = csv.invoke('dealRooms.create', { name: `CSV import ${run}` });
      if (!room.ok) throw new Error(room.error.message);
      csvRoomId = room.value.id;
      csvImported = 0;
      for (const [i, contentBase64] of csvFiles.entries()) {
        const imported = csv.invoke('longList.import', { dealRoomId: room.value.id, fileName: `long-list-${i + 1}.csv`, contentBase64, mapping: CSV_MAPPING, headerRow: true });
        if (!imported.ok) throw new Error(imported.error.message);
        csvImported += imported.value.imported;
      }
    });
    csv.close();
    if (csvImported !== CANDIDATES) throw new Error(`the CSV import added ${csvImported} candidates, not ${CANDIDATES}`);
    const csvTable = readCandidateTable(join(root, 'csv', 'rooms', `${csvRoomId}${ROOM_FILE_EXTENSION}`));

    const roomFile = longListDealRoomFile(CANDIDATES, 29);
    let roomId = '';
    let roomDir = '';
    const roomFigures = timeRuns(RUNS, (run) => {
      roomDir = join(root, `room-${run}`);
      const app = createApp({ dataDir: roomDir, seedSample: false });
      try {
        const imported = app.invoke('dealRooms.import', { file: roomFile });
        if (!imported.ok) throw new Error(imported.error.message);
        roomId = imported.value.id;
      } finally {
        app.close();
      }
    });
    const roomTable = readCandidateTable(join(roomDir, 'rooms', `${roomId}${ROOM_FILE_EXTENSION}`));
    if (roomTable.rows.length !== CANDIDATES) throw new Error(`the room import holds ${roomTable.rows.length} candidates, not ${CANDIDATES}`);

    const bareDir = join(root, 'bare');
    mkdirSync(join(bareDir, 'csv'), { recursive: true });
    mkdirSync(join(bareDir, 'room'), { recursive: true });
    const csvBare = timeRuns(RUNS, (run) => bareInsert(join(bareDir, 'csv'), csvTable, run + 1));
    const roomBare = timeRuns(RUNS, (run) => bareInsert(join(bareDir, 'room'), roomTable, run + 1));

    const files = csvFiles.length > 1 ? `, ${csvFiles.length} files of ≤ ${MAX_LONG_LIST_ROWS.toLocaleString('en-GB')} rows (the per-import limit)` : '';
    report('longList.import, 10,000-row CSV', csvFigures, TARGET_MS);
    note(`${perSecond(rate(csvFigures))} against a bare better-sqlite3 insert of the same rows at ${perSecond(rate(csvBare))}: ${(rate(csvFigures) / rate(csvBare)).toFixed(3)}× the bare rate${files}`);
    report('dealRooms.import, 10,000-candidate room file', roomFigures, TARGET_MS);
    note(`${perSecond(rate(roomFigures))} against a bare better-sqlite3 insert of the same rows at ${perSecond(rate(roomBare))}: ${(rate(roomFigures) / rate(roomBare)).toFixed(3)}× the bare rate (the file also brings 5 × 40 criteria and the panel's scores)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
