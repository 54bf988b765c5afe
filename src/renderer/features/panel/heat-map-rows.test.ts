import { describe, expect, it } from 'vitest';
import type { DealRoomDetail } from '../../../shared/domain/entities';
import { handWorkedDealRoom } from '../matrix/test-deal-room';
import { buildHeatMap, spreadBand, type HeatMap } from './heat-map-rows';

const at = '2027-02-03T10:00:00.000Z';

function cell(map: HeatMap, candidateId: string, criterionId: string) {
  const row = map.rows.find((r) => r.kind === 'criterion' && r.criterionId === criterionId);
  if (!row || row.kind !== 'criterion') throw new Error(`no row for ${criterionId}`);
  const found = row.cells.find((c) => c.candidateId === candidateId);
  if (!found) throw new Error(`no cell ${candidateId}/${criterionId}`);
  return found;
}

const withThreshold = (detail: DealRoomDetail, disagreementThreshold: number): DealRoomDetail => ({
  ...detail,
  dealRoom: { ...detail.dealRoom, disagreementThreshold },
});

/*
 * The hand-worked room (threshold 1.5): A on C1 has 4 and 5 (spread 1);
 * B on C2 has 3 and 5 (spread 2); every other cell has one score or none;
 * B on C3 has only a consensus.
 */
describe('buildHeatMap', () => {
  const detail = handWorkedDealRoom();
  const map = buildHeatMap(detail, 'en');

  it('lays out compared candidates across and criteria under their pillar', () => {
    expect(map.columns.map((c) => c.candidateId)).toEqual(['A', 'B', 'K']);
    expect(map.columns[0]).toEqual({ candidateId: 'A', name: 'Aozora Medical', altName: '青空メディカル' });
    expect(map.rows.map((r) => r.id)).toEqual(['pillar:P1', 'criterion:C1', 'criterion:C2', 'pillar:P2', 'criterion:C3']);
    expect(map.rows.map((r) => r.label)).toEqual(['Effectiveness', 'Field force', 'Licence held', 'Compliance', 'Data protection']);
  });

  it('flags the cell whose spread reaches the threshold and bands the others', () => {
    expect(cell(map, 'B', 'C2')).toMatchObject({ spread: 2, min: 3, max: 5, count: 2, flagged: true, band: 3, hasConsensus: false });
    expect(cell(map, 'A', 'C1')).toMatchObject({ spread: 1, count: 2, flagged: false, band: 2 });
    expect(cell(map, 'A', 'C2')).toMatchObject({ spread: 0, count: 1, flagged: false, band: 0 });
    expect(cell(map, 'B', 'C3')).toMatchObject({ count: 0, flagged: false, band: 0, hasConsensus: true });
    expect(map).toMatchObject({ threshold: 1.5, flagged: 1, flaggedWithConsensus: 0 });
  });

  it('follows the room’s threshold', () => {
    const strict = buildHeatMap(withThreshold(detail, 1), 'en');
    // Spread 2 is twice the threshold of 1: the strongest band; spread 1 reaches it exactly.
    expect(cell(strict, 'B', 'C2')).toMatchObject({ flagged: true, band: 4 });
    expect(cell(strict, 'A', 'C1')).toMatchObject({ flagged: true, band: 3 });
    expect(strict.flagged).toBe(2);
    const lenient = buildHeatMap(withThreshold(detail, 2.5), 'en');
    expect(cell(lenient, 'B', 'C2')).toMatchObject({ flagged: false, band: 2 });
    expect(cell(lenient, 'A', 'C1')).toMatchObject({ flagged: false, band: 1 });
    expect(lenient.flagged).toBe(0);
  });

  it('counts consensus and dissent on flagged cells', () => {
    const discussed: DealRoomDetail = {
      ...detail,
      consensus: [...detail.consensus, { candidateId: 'B', criterionId: 'C2', value: 4, reason: 'Licence confirmed in writing', updatedAt: at }],
      dissent: [{ evaluatorId: 'E1', candidateId: 'B', criterionId: 'C2', note: 'The renewal is still pending', updatedAt: at }],
    };
    const after = buildHeatMap(discussed, 'en');
    // The individual scores are unchanged, so the cell stays flagged, now with a consensus.
    expect(cell(after, 'B', 'C2')).toMatchObject({ flagged: true, hasConsensus: true, dissentCount: 1 });
    expect(after).toMatchObject({ flagged: 1, flaggedWithConsensus: 1 });
    expect(cell(after, 'A', 'C1').dissentCount).toBe(0);
  });

  it('leaves out the scores of an evaluator with a declared conflict', () => {
    const conflicted: DealRoomDetail = {
      ...detail,
      conflicts: [{ evaluatorId: 'E2', candidateId: 'B', status: 'conflict', note: 'Former employer', updatedAt: at }],
    };
    expect(cell(buildHeatMap(conflicted, 'en'), 'B', 'C2')).toMatchObject({ count: 1, spread: 0, flagged: false, band: 0 });
  });

  it('names rows and columns in the reader’s language', () => {
    const ja = buildHeatMap(detail, 'ja');
    expect(ja.columns[1]).toEqual({ candidateId: 'B', name: '北辰商事', altName: 'Hokushin Shoji' });
    expect(ja.rows[2]!.label).toBe('許認可の保有');
  });
});

describe('spreadBand', () => {
  it('splits at half the threshold, the threshold and one and a half times it', () => {
    const band = (spread: number, count = 2) => spreadBand({ spread, count, flagged: count >= 2 && spread >= 2 }, 2);
    expect([band(0), band(0.9), band(1), band(1.9), band(2), band(2.9), band(3), band(5)]).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(band(0, 1)).toBe(0);
  });
});
