/**
 * The printed rows of the hand-worked room (../../renderer/features/matrix/
 * test-deal-room.ts): which rows, in which order, with which marks.
 */
import { describe, expect, it } from 'vitest';
import type { DealRoomDetail } from '../domain/entities';
import type { RedFlag } from '../domain/vetting';
import { analyseDealRoom } from '../engine/analyse-deal-room';
import { handWorkedDealRoom } from '../../renderer/features/matrix/test-deal-room';
import { buildPrintModel } from './print-model';
import type { PrintLanguage } from './print-options';
import { buildPrintTable, cellMarks } from './print-table';

const at = '2027-01-20T09:00:00.000Z';

function table(detail: DealRoomDetail, lang: PrintLanguage = 'en') {
  return buildPrintTable(buildPrintModel({ detail, analysis: analyseDealRoom(detail), printDate: '2027-02-01' }), lang);
}

const confirmedPenalty: RedFlag = {
  id: 'F1',
  candidateId: 'A',
  libraryKey: '',
  said: 'Our reps only visit when a hospital asks.',
  saidBy: 'Sales manager',
  observedOn: '2027-01-10',
  source: 'Interview',
  status: 'confirmed',
  outcome: 'Call logs show no outbound visits in six months.',
  consequence: 'penalty',
  criterionId: 'C1',
  penalty: 0.5,
  condition: '',
  createdAt: at,
  updatedAt: at,
};

describe('buildPrintTable', () => {
  it('heads the columns ranked first, knocked out last, with the other script below', () => {
    const { heads } = table(handWorkedDealRoom());
    expect(heads.map((h) => [h.name, h.altName, h.status])).toEqual([
      ['Aozora Medical', '青空メディカル', 'No. 1'],
      ['Hokushin Shoji', '北辰商事', 'No. 2'],
      ['Komatsu Trading', '小松トレーディング', 'Knocked out'],
    ]);
  });

  it('prints the summary rows first: rank, total, coverage, and projected while someone is incomplete', () => {
    const { summary } = table(handWorkedDealRoom());
    expect(summary.map((r) => [r.key, r.cells])).toEqual([
      ['rank', ['1', '2', 'Knocked out']],
      // 78.75 shows as 78.8 (one decimal, the matrix's own rounding).
      ['total', ['78.8', '77.5', '52.5']],
      ['coverage', ['100%', '100%', '75% (incomplete)']],
      // K: 52.5 / 0.75 = 70.
      ['projected', ['–', '–', '70.0']],
    ]);
  });

  it('groups criteria under their pillar, in the room’s order, with weights and marks', () => {
    const { groups } = table(handWorkedDealRoom());
    expect(groups.map((g) => [g.pillar.label, g.pillar.weight, g.pillar.cells])).toEqual([
      ['Effectiveness', '75.0%', ['85.0', '90.0', '70.0']],
      ['Compliance', '25.0%', ['60.0', '40.0', '–']],
    ]);
    const rows = groups.flatMap((g) => g.criteria);
    expect(rows.map((r) => [r.label, r.weight, r.note])).toEqual([
      ['Field force', '37.5%', ''],
      ['Licence held', '37.5%', 'knock-out, pass mark 3'],
      ['Data protection', '25.0%', ''],
    ]);
    expect(rows.map((r) => r.cells.map((c) => `${c.text}${c.marks}`))).toEqual([
      ['4.5', '5', '5'],
      // B: 3 and 5 differ by 2 ≥ 1.5 (~); K: 2 is under the pass mark 3 (×).
      ['4', '4~', '2×'],
      // B: the panel's consensus (*); K: unscored.
      ['3', '2*', '–'],
    ]);
    expect(rows[1]!.cells[2]!.failed).toBe(true);
  });

  it('marks dissent (◆) and a confirmed red flag (▲), and adds the red-flag row', () => {
    const base = handWorkedDealRoom();
    const detail: DealRoomDetail = {
      ...base,
      flags: [confirmedPenalty],
      dissent: [{ evaluatorId: 'E2', candidateId: 'B', criterionId: 'C3', note: 'The site visit was too short to judge.', updatedAt: at }],
    };
    const t = table(detail);
    // A's C1 drops from 4.5 to 4: T(A) = 100 × (0.375 × 4 + 0.375 × 4 + 0.25 × 3) / 5 = 75, so B (77.5) leads.
    expect(t.heads.map((h) => h.name)).toEqual(['Hokushin Shoji', 'Aozora Medical', 'Komatsu Trading']);
    const rows = t.groups.flatMap((g) => g.criteria);
    expect(rows[0]!.cells.map((c) => `${c.text}${c.marks}`)).toEqual(['5', '4▲', '5']);
    expect(rows[2]!.cells.map((c) => `${c.text}${c.marks}`)).toEqual(['2*◆', '3', '–']);
    expect(t.summary.find((r) => r.key === 'flags')?.cells).toEqual(['0 / 0', '1 / 0', '0 / 0']);
  });

  it('labels in both languages on a bilingual sheet', () => {
    const t = table(handWorkedDealRoom(), 'both');
    expect([t.heads[0]!.name, t.heads[0]!.altName]).toEqual(['Aozora Medical', '青空メディカル']);
    expect(t.heads[0]!.status).toBe('No. 1 / 第1位');
    expect(t.summary[1]!.label).toBe('Weighted total / 加重合計');
    expect(t.groups[0]!.pillar.label).toBe('Effectiveness / 営業力');
  });

  it('prints Japanese labels on a Japanese sheet', () => {
    const t = table(handWorkedDealRoom(), 'ja');
    expect(t.heads[0]!.name).toBe('青空メディカル');
    expect(t.heads[0]!.altName).toBe('Aozora Medical');
    expect(t.summary.map((r) => r.label)).toEqual(['順位', '加重合計', '評価済みの割合', '全項目評価時の見込み']);
  });
});

describe('cellMarks', () => {
  it('writes the marks in a fixed order', () => {
    expect(cellMarks({ score: 1, fromConsensus: true, knockout: 'failed', dissent: true, flagged: true, spread: true })).toBe('*◆▲~×');
    expect(cellMarks({ score: null, fromConsensus: false, knockout: 'pending', dissent: false, flagged: false, spread: false })).toBe('?');
    expect(cellMarks({ score: 4, fromConsensus: false, knockout: 'passed', dissent: false, flagged: false, spread: false })).toBe('');
  });
});
