import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { candidateName } from '../../shared/domain/display-names';
import { analyseDealRoom } from '../../shared/engine/analyse-deal-room';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

function sampleRoom() {
  const t = createTestApp({ seedSample: true });
  apps.push(t);
  const { app } = t;
  const dealRoomId = ok(app.invoke('dealRooms.list', {}))[0]!.id;
  return { app, dealRoomId, detail: () => ok(app.invoke('dealRooms.get', { dealRoomId })) };
}

async function openWorkbook(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

/** A number in a cell: a plain value, or null when the cell is empty (which SUMPRODUCT reads as 0). */
function numberIn(sheet: ExcelJS.Worksheet, address: string): number | null {
  const v = sheet.getCell(address).value;
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number') throw new Error(`${address} holds ${JSON.stringify(v)}, not a number`);
  return v;
}

/** Column letters to a 1-based number. */
const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * Evaluates the one formula shape the Matrix sheet uses for totals,
 * 100*SUMPRODUCT($W$a:$W$b,Xa:Xb)/5, from the cells it names: exactly what a
 * spreadsheet program computes, without trusting the cached result.
 */
function evaluateTotal(sheet: ExcelJS.Worksheet, formula: string): number {
  const m = /^100\*SUMPRODUCT\(\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+),([A-Z]+)(\d+):([A-Z]+)(\d+)\)\/5$/.exec(formula);
  if (!m) throw new Error(`unexpected total formula: ${formula}`);
  const [, wCol, wFrom, wCol2, wTo, sCol, sFrom, sCol2, sTo] = m as unknown as string[];
  expect(wCol).toBe(wCol2);
  expect(sCol).toBe(sCol2);
  expect([wFrom, wTo]).toEqual([sFrom, sTo]);
  let sum = 0;
  for (let r = Number(wFrom); r <= Number(wTo); r++) sum += (numberIn(sheet, `${wCol}${r}`) ?? 0) * (numberIn(sheet, `${sCol}${r}`) ?? 0);
  return (100 * sum) / 5;
}

function rowWithLabel(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === label) found = row;
  });
  if (!found) throw new Error(`no row labelled ${label}`);
  return found;
}

describe('the XLSX export', () => {
  it('has the sheets in order, and totals as live formulas that evaluate to the app’s totals', async () => {
    const { app, dealRoomId, detail } = sampleRoom();
    const room = detail();
    const analysis = analyseDealRoom(room);
    const file = ok(app.invoke('exports.xlsx', { dealRoomId, lang: 'en' }));
    expect(file.fileName).toBe(`${room.dealRoom.name}.xlsx`);
    const workbook = await openWorkbook(file.contentBase64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Matrix', 'Candidates', 'Scores', 'Consensus and dissent', 'Red flags', 'Terms', 'Change log']);

    const sheet = workbook.getWorksheet('Matrix')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(sheet.getColumn(2).width).toBe(36);
    expect(sheet.getCell('A1').font?.bold).toBe(true);

    const totals = rowWithLabel(sheet, 'Total (0–100), recalculated from the weights above');
    const candidates = analysis.input.candidates.map((c) => room.candidates.find((d) => d.id === c.id)!);
    expect(candidates).toHaveLength(5);
    let checked = 0;
    candidates.forEach((candidate, i) => {
      const column = 5 + i;
      expect(sheet.getRow(1).getCell(column).value).toBe(candidateName(candidate, 'en'));
      const cell = totals.getCell(column).value as ExcelJS.CellFormulaValue;
      expect(typeof cell.formula).toBe('string');
      const appTotal = analysis.scoring.candidates.find((r) => r.candidateId === candidate.id)!.total;
      expect(Math.abs(evaluateTotal(sheet, cell.formula) - appTotal)).toBeLessThan(1e-9);
      expect(Math.abs((cell.result as number) - appTotal)).toBeLessThan(1e-9);
      checked++;
    });
    expect(checked).toBe(5);
    expect(analysis.scoring.candidates.some((r) => r.total > 0)).toBe(true);

    // The weights are effective weights that sum to 1, with a live sum beside them.
    const sumRow = rowWithLabel(sheet, 'Sum of weights (should be 100%)');
    const sum = sumRow.getCell(4).value as ExcelJS.CellFormulaValue;
    const [, from, to] = /^SUM\(\$D\$(\d+):\$D\$(\d+)\)$/.exec(sum.formula)!;
    let weights = 0;
    for (let r = Number(from); r <= Number(to); r++) weights += numberIn(sheet, `D${r}`) ?? 0;
    expect(Math.abs(weights - 1)).toBeLessThan(1e-9);
    expect(Number(to) - Number(from) + 1).toBe(analysis.input.criteria.length);
  });

  it('recomputes a total when an analyst changes a weight in the sheet', async () => {
    const { app, dealRoomId } = sampleRoom();
    const workbook = await openWorkbook(ok(app.invoke('exports.xlsx', { dealRoomId, lang: 'en' })).contentBase64);
    const sheet = workbook.getWorksheet('Matrix')!;
    const formula = (rowWithLabel(sheet, 'Total (0–100), recalculated from the weights above').getCell(5).value as ExcelJS.CellFormulaValue).formula;
    const before = evaluateTotal(sheet, formula);
    const score = numberIn(sheet, 'E2') ?? 0;
    const weight = numberIn(sheet, 'D2')!;
    sheet.getCell('D2').value = weight + 0.1;
    expect(evaluateTotal(sheet, formula) - before).toBeCloseTo((100 * 0.1 * score) / 5, 9);
  });

  it('keeps Japanese intact in Japanese sheet and company names', async () => {
    const { app, dealRoomId, detail } = sampleRoom();
    const room = detail();
    const workbook = await openWorkbook(ok(app.invoke('exports.xlsx', { dealRoomId, lang: 'ja' })).contentBase64);
    expect(workbook.worksheets[0]!.name).toBe('比較表');
    const names = workbook.getWorksheet('候補企業')!.getColumn(1).values.filter((v) => typeof v === 'string');
    for (const c of room.candidates.filter((x) => x.nameJa !== '')) expect(names).toContain(c.nameJa);
  });

  it('lists each term sheet with its phases, milestones and triggers, in Japanese too, header frozen', async () => {
    const { app, dealRoomId } = sampleRoom();
    const workbook = await openWorkbook(ok(app.invoke('exports.xlsx', { dealRoomId, lang: 'en' })).contentBase64);
    const sheet = workbook.getWorksheet('Terms')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(sheet.getColumn(10).width).toBe(70);
    const rows: (string | number | null)[][] = [];
    sheet.eachRow((row) => rows.push(Array.from({ length: 10 }, (_, i) => (row.getCell(i + 1).value ?? null) as string | number | null)));
    expect(rows[0]).toEqual(['Candidate', 'Record', 'Title, name or code', 'Starts on', 'Ends, due or by', 'Exclusivity or status', 'Scope or metric', 'Target', 'Actual', 'In words']);
    // The sample gives Asanagi 1 sheet + 3 phases + 5 milestones + 3 triggers and Tsumugi 1 + 1 + 1 + 0: 15 rows under the header.
    expect(rows).toHaveLength(16);
    expect(rows.map((r) => r[0] === 'Asanagi Medical K.K.')).toEqual([false, ...Array(12).fill(true), false, false, false]);
    expect(rows[1]!.slice(1, 6)).toEqual(['Term sheet', 'Staged distribution agreement (draft 2) / 段階的販売代理店契約（第2案）', '2027-04-01', '2031-03-31', 'In legal review']);
    expect(rows[3]!.slice(1, 7)).toEqual(['Phase', 'Conditional exclusivity', '2028-04-01', '2030-03-31', 'Conditional exclusivity', expect.stringMatching(/Kanto/)]);
    expect(rows[5]!.slice(1, 9)).toEqual(['Milestone', 'M1', null, '2028-03-31', 'Pending', 'Revenue (JPY)', 60_000_000, null]);
    expect(rows[8]![5]).toBe('Met');
    expect(rows[8]![9]).toContain('Settled on 2027-07-22');
    expect(rows[10]!.slice(1, 4)).toEqual(['Trigger', 'T1 Pilot proven: exclusivity in Kanto hospitals', null]);
    expect(String(rows[10]![9])).toMatch(/M1, M2.*M3/);
    expect(rows[13]!.slice(1, 6)).toEqual(['Term sheet', expect.stringContaining('Kinki'), '2027-04-01', '2030-03-31', 'Changes requested']);
    expect(rows[14]!.slice(1, 6)).toEqual(['Phase', 'Exclusive distribution', '2027-04-01', '2030-03-31', 'Exclusive']);

    const ja = await openWorkbook(ok(app.invoke('exports.xlsx', { dealRoomId, lang: 'ja' })).contentBase64);
    const jaSheet = ja.getWorksheet('契約条件')!;
    expect(jaSheet.getRow(2).getCell(1).value).toBe('朝凪メディカル株式会社');
    expect(jaSheet.getRow(2).getCell(6).value).toBe('法務レビュー中');
    expect(String(jaSheet.getRow(15).getCell(7).value)).toMatch(/近畿/);
  });

  it('refuses an unknown room, naming the field', () => {
    const { app } = sampleRoom();
    const error = failure(app.invoke('exports.xlsx', { dealRoomId: 'nope', lang: 'en' }));
    expect(error).toMatchObject({ code: 'not_found', path: 'dealRoomId' });
  });
});

describe('the CSV export', () => {
  it('makes a hostile note inert, starts with a BOM, uses CRLF and keeps Japanese', () => {
    const { app, dealRoomId, detail } = sampleRoom();
    const candidate = detail().candidates.find((c) => c.nameJa !== '')!;
    const hostile = '=HYPERLINK("http://x","y")';
    ok(app.invoke('candidates.update', { dealRoomId, candidateId: candidate.id, patch: { notes: hostile } }));
    const file = ok(app.invoke('exports.csv', { dealRoomId, table: 'candidates', lang: 'ja' }));
    expect(file.fileName).toBe(`${detail().dealRoom.name} - candidates.csv`);
    expect(file.content.charCodeAt(0)).toBe(0xfeff);
    expect(file.content).toContain('\r\n');
    expect(file.content.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(file.content).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(file.content).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(file.content).toContain(candidate.nameJa);
    expect(file.content.split('\r\n')[0]).toBe('\uFEFF社名（日本語）,社名（英字）,本社所在地,ウェブサイト,比較対象,総合点（0〜100）,評価済みの割合,順位,メモ');
  });

  it('makes the same note inert in the workbook too', async () => {
    const { app, dealRoomId, detail } = sampleRoom();
    const candidate = detail().candidates[0]!;
    ok(app.invoke('candidates.update', { dealRoomId, candidateId: candidate.id, patch: { notes: '@SUM(1+1)' } }));
    const workbook = await openWorkbook(ok(app.invoke('exports.xlsx', { dealRoomId, lang: 'en' })).contentBase64);
    const notes = workbook.getWorksheet('Candidates')!.getColumn(9).values;
    expect(notes).toContain("'@SUM(1+1)");
  });

  it('writes the matrix totals as the app computed them, and the change log as JSON text', () => {
    const { app, dealRoomId, detail } = sampleRoom();
    const analysis = analyseDealRoom(detail());
    const matrix = ok(app.invoke('exports.csv', { dealRoomId, table: 'matrix', lang: 'en' })).content;
    const totalLine = matrix.split('\r\n').find((l) => l.startsWith('"Total (0–100)') || l.startsWith('Total (0–100)'))!;
    const values = totalLine.split(',').slice(-5).map(Number);
    const expected = analysis.input.candidates.map((c) => analysis.scoring.candidates.find((r) => r.candidateId === c.id)!.total);
    expect(values).toEqual(expected);

    ok(app.invoke('candidates.update', { dealRoomId, candidateId: detail().candidates[0]!.id, patch: { headquarters: '大阪市' } }));
    const log = ok(app.invoke('exports.csv', { dealRoomId, table: 'changeLog', lang: 'en' })).content;
    expect(log.split('\r\n')[0]).toBe('\uFEFFAt,Who,Record,Record id,Field,Before (JSON),After (JSON)');
    const last = log.split('\r\n').at(-1)!;
    expect(last).toMatch(/^\d{4}-\d\d-\d\dT[^,]+,local user,candidate,[^,]+,headquarters,/);
    expect(last.endsWith(',"""仙台市 (Sendai)""","""大阪市"""')).toBe(true);
  });

  it('writes the terms table with an inert hostile milestone description', () => {
    const { app, dealRoomId, detail } = sampleRoom();
    const milestone = detail().milestones[0]!;
    ok(app.invoke('terms.updateMilestone', { dealRoomId, milestoneId: milestone.id, patch: { description: '+cmd|calc' } }));
    const file = ok(app.invoke('exports.csv', { dealRoomId, table: 'terms', lang: 'ja' }));
    expect(file.fileName).toBe(`${detail().dealRoom.name} - terms.csv`);
    const lines = file.content.split('\r\n');
    expect(lines[0]).toBe('\uFEFF候補企業,区分,表題・名称・コード,開始日,終了日・期限,独占性・状況,範囲・指標,目標値,実績値,内容');
    expect(file.content).toContain("'+cmd|calc");
    expect(file.content).not.toMatch(/(^|,)"?\+cmd/m);
    const m1 = lines.find((l) => l.startsWith('朝凪メディカル株式会社,マイルストーン,M1,'))!;
    expect(m1.split(',').slice(3, 9)).toEqual(['', '2028-03-31', '未確定', '売上高 (JPY)', '60000000', '']);
  });

  it('refuses a table that does not exist, naming the field', () => {
    const { app, dealRoomId } = sampleRoom();
    const error = failure(app.invoke('exports.csv', { dealRoomId, table: 'contracts' as never, lang: 'en' }));
    expect(error).toMatchObject({ code: 'invalid_input', path: 'table' });
  });
});
