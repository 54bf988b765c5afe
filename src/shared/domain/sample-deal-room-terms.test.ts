/**
 * The staged terms of the bundled sample (resources/sample/medtech-japan.json):
 * Asanagi's careful staged deal and Tsumugi's exclusive-from-day-one draft,
 * the two ends legal compares. The other three candidates have none (the
 * end-to-end test builds theirs).
 */
import { describe, expect, it } from 'vitest';
import sampleJson from '../../../resources/sample/medtech-japan.json';
import { findCollisions, roomHoldings } from '../terms/collisions';
import { evaluateRoomTerms, sheetRecords } from '../terms/evaluate-term-sheet';
import { reviewTermSheet } from '../terms/term-risks';
import { DealRoomFile } from './deal-room-file';
import { detailFromFile } from './deal-room-file-mapping';

let n = 0;
const detail = detailFromFile(DealRoomFile.parse(sampleJson), { newId: () => `id-${++n}`, now: '2026-11-20T08:30:00.000Z' });
const idOf = (nameLatin: string) => detail.candidates.find((c) => c.nameLatin === nameLatin)!.id;
const sheetOf = (nameLatin: string) => detail.termSheets.find((s) => s.candidateId === idOf(nameLatin));
const risksOf = (nameLatin: string) => reviewTermSheet(sheetRecords(detail, sheetOf(nameLatin)!.id), detail.flags.filter((f) => f.candidateId === idOf(nameLatin)));

describe('sample deal-room: staged terms', () => {
  it('has term sheets for Asanagi and Tsumugi only', () => {
    expect(detail.candidates.filter((c) => sheetOf(c.nameLatin)).map((c) => c.nameLatin)).toEqual(['Asanagi Medical K.K.', 'Tsumugi Life Science Co., Ltd.']);
  });

  it('stages Asanagi: a non-exclusive Kanto pilot, then exclusivity in Kanto hospitals once M1–M3 are met', () => {
    const sheet = sheetOf('Asanagi Medical K.K.')!;
    expect(sheet.clauses).toMatchObject({ performanceClause: true, registrationHolder: 'principal' });
    const { phases, triggers } = sheetRecords(detail, sheet.id);
    expect(phases.map((p) => [p.startsOn, p.endsOn, p.exclusivity, p.scope.territory.join()])).toEqual([
      ['2027-04-01', '2028-03-31', 'none', 'JP-R-kanto'],
      ['2028-04-01', '2030-03-31', 'conditional', 'JP-R-kanto'],
      ['2030-04-01', '2031-03-31', 'none', 'JP-R-kanto'],
    ]);
    expect(phases[1]!.scope.channels).toEqual(['hospitals']);
    expect(triggers[0]!.actions).toEqual([{ kind: 'grant_exclusivity', scope: phases[1]!.scope, months: 24, startsOn: '2028-04-01' }]);
    // Before any milestone is settled nothing is exclusive; the pilot is the only right.
    const [asanagi] = evaluateRoomTerms(detail, '2027-05-01').filter((e) => e.termSheetId === sheet.id);
    expect(asanagi!.rights.map((r) => (r.kind === 'exclusivity' ? r.exclusivity : r.kind))).toEqual(['none']);
  });

  it('lights up the risk review for Tsumugi, and not for Asanagi', () => {
    const tsumugi = risksOf('Tsumugi Life Science Co., Ltd.').map((r) => r.rule);
    expect(tsumugi).toEqual(expect.arrayContaining(['exclusive_from_day_one', 'registration_without_transfer', 'no_performance_clause', 'no_data_sharing', 'no_exit_assistance']));
    expect(risksOf('Asanagi Medical K.K.').filter((r) => r.severity === 'high')).toEqual([]);
  });

  it('has no collision between the two: Kanto and Kinki do not overlap', () => {
    expect(findCollisions(roomHoldings(detail, '2028-06-01'))).toEqual([]);
  });
});
