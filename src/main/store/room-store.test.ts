/**
 * Changes to a room: the change log, cascades, updatedAt and transactions,
 * checked through the app and against the file itself.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDataDir } from './data-dir';
import { candidateTable } from './entity-tables';
import { WHOLE_RECORD } from './room-store';
import { createTestApp, ok, type TestApp } from './test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

/** A room with one pillar, two criteria, two candidates, one evaluator and scores on every cell. */
function scoredRoom() {
  const t = createTestApp({ actor: 'Sato Ren' });
  apps.push(t);
  const room = ok(t.app.invoke('dealRooms.create', { name: 'Cascade check' }));
  const dealRoomId = room.id;
  const pillar = ok(t.app.invoke('pillars.create', { dealRoomId, fields: { nameEn: 'Compliance', weight: 2 } }));
  const k1 = ok(t.app.invoke('criteria.create', { dealRoomId, fields: { pillarId: pillar.id, nameEn: 'Licences' } }));
  const k2 = ok(t.app.invoke('criteria.create', { dealRoomId, fields: { pillarId: pillar.id, nameEn: 'Reporting' } }));
  const a = ok(t.app.invoke('candidates.create', { dealRoomId, fields: { nameLatin: 'Asagi Medical' } }));
  const b = ok(t.app.invoke('candidates.create', { dealRoomId, fields: { nameJa: '紅葉商事' } }));
  const e = ok(t.app.invoke('evaluators.create', { dealRoomId, fields: { name: 'Ito Mei', department: 'Regulatory' } }));
  for (const c of [a, b])
    for (const k of [k1, k2]) {
      ok(t.app.invoke('scores.set', { dealRoomId, evaluatorId: e.id, candidateId: c.id, criterionId: k.id, value: 3 }));
      ok(t.app.invoke('consensus.set', { dealRoomId, candidateId: c.id, criterionId: k.id, value: 3.5 }));
    }
  return { t, dealRoomId, pillar, k1, k2, a, b, e, file: join(t.roomsDir, `${dealRoomId}.shinrai`) };
}

function countRows(file: string, sql: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('foreign keys', () => {
  it('remove the scores and consensus of a deleted criterion, and nothing else', () => {
    const { t, dealRoomId, k1, k2 } = scoredRoom();
    ok(t.app.invoke('criteria.delete', { dealRoomId, criterionId: k1.id }));
    const detail = ok(t.app.invoke('dealRooms.get', { dealRoomId }));
    expect(detail.scores.map((s) => s.criterionId)).toEqual([k2.id, k2.id]);
    expect(detail.consensus.map((s) => s.criterionId)).toEqual([k2.id, k2.id]);
  });

  it('remove the scores of a deleted candidate and of a deleted evaluator', () => {
    const { t, dealRoomId, a, b, e, file } = scoredRoom();
    ok(t.app.invoke('candidates.delete', { dealRoomId, candidateId: a.id }));
    const detail = ok(t.app.invoke('dealRooms.get', { dealRoomId }));
    expect(new Set(detail.scores.map((s) => s.candidateId))).toEqual(new Set([b.id]));
    expect(detail.consensus).toHaveLength(2);
    ok(t.app.invoke('evaluators.delete', { dealRoomId, evaluatorId: e.id }));
    t.app.close();
    expect(countRows(file, 'SELECT count(*) FROM score')).toBe(0);
    expect(countRows(file, 'SELECT count(*) FROM consensus')).toBe(2);
  });

  it('remove a pillar with its criteria and their scores', () => {
    const { t, dealRoomId, pillar, file } = scoredRoom();
    ok(t.app.invoke('pillars.delete', { dealRoomId, pillarId: pillar.id }));
    t.app.close();
    expect(countRows(file, 'SELECT count(*) FROM criterion')).toBe(0);
    expect(countRows(file, 'SELECT count(*) FROM score')).toBe(0);
    expect(countRows(file, 'SELECT count(*) FROM consensus')).toBe(0);
  });
});

describe('the change log', () => {
  it('has one row per changed field, with who, when, before and after', () => {
    const { t, dealRoomId, a } = scoredRoom();
    const before = ok(t.app.invoke('dealRooms.changeLog', { dealRoomId, limit: 1 })).total;
    ok(
      t.app.invoke(
        'candidates.update',
        { dealRoomId, candidateId: a.id, patch: { nameLatin: 'Asagi Medical K.K.', headquarters: 'Osaka', type: 'distributor' } },
        { actor: 'Kato Yui' },
      ),
    );
    const page = ok(t.app.invoke('dealRooms.changeLog', { dealRoomId, limit: 10 }));
    expect(page.total).toBe(before + 2);
    const [newest, second] = page.entries;
    // `type` was already "distributor": unchanged fields leave no row.
    expect([second, newest].map((e) => [e?.actor, e?.entity, e?.entityId, e?.field, e?.before, e?.after])).toEqual([
      ['Kato Yui', 'candidate', a.id, 'nameLatin', 'Asagi Medical', 'Asagi Medical K.K.'],
      ['Kato Yui', 'candidate', a.id, 'headquarters', '', 'Osaka'],
    ]);
    expect(newest?.at).toBe(second?.at);
    expect(Date.parse(newest?.at ?? '')).not.toBeNaN();
    expect(newest!.seq).toBeGreaterThan(second!.seq);
  });

  it('records creation and deletion as whole records, and every kind of change', () => {
    const { t, dealRoomId, a, b, k1, e } = scoredRoom();
    ok(t.app.invoke('candidates.setCompared', { dealRoomId, candidateIds: [b.id] }));
    ok(t.app.invoke('dealRooms.setArchived', { dealRoomId, archived: true }));
    ok(t.app.invoke('scores.clear', { dealRoomId, evaluatorId: e.id, candidateId: a.id, criterionId: k1.id }));
    ok(t.app.invoke('consensus.set', { dealRoomId, candidateId: a.id, criterionId: k1.id, value: 4, reason: 'agreed in review' }));
    ok(t.app.invoke('criteria.delete', { dealRoomId, criterionId: k1.id }));
    const entries = ok(t.app.invoke('dealRooms.changeLog', { dealRoomId, limit: 9 })).entries.reverse();
    expect(entries.map((x) => [x.entity, x.field, x.before, x.after])).toEqual([
      ['candidate', 'compared', true, false],
      ['dealRoom', 'archived', false, true],
      ['score', WHOLE_RECORD, expect.objectContaining({ value: 3 }), null],
      ['consensus', 'value', 3.5, 4],
      ['consensus', 'reason', '', 'agreed in review'],
      // The criterion's remaining cells (b's score, both consensus values), then the criterion.
      ['score', WHOLE_RECORD, expect.objectContaining({ candidateId: b.id, value: 3 }), null],
      ['consensus', WHOLE_RECORD, expect.objectContaining({ criterionId: k1.id }), null],
      ['consensus', WHOLE_RECORD, expect.objectContaining({ criterionId: k1.id }), null],
      ['criterion', WHOLE_RECORD, expect.objectContaining({ id: k1.id, nameEn: 'Licences' }), null],
    ]);
    expect(entries[2]?.entityId).toBe(`${e.id}/${a.id}/${k1.id}`);
    const first = ok(t.app.invoke('dealRooms.changeLog', { dealRoomId, limit: 1, offset: 10_000 }));
    expect(first.entries).toEqual([]);
    const oldest = ok(t.app.invoke('dealRooms.changeLog', { dealRoomId, limit: 1, offset: first.total - 1 })).entries[0];
    expect([oldest?.seq, oldest?.entity, oldest?.field, oldest?.before]).toEqual([1, 'dealRoom', WHOLE_RECORD, null]);
    expect(oldest?.after).toMatchObject({ name: 'Cascade check' });
  });

  it('keeps a trace of the scores and consensus that go with a deleted candidate, criterion, evaluator or pillar', () => {
    // scoredRoom: candidates a, b × criteria k1, k2, one evaluator e; a score (3) and a consensus (3.5) on every cell.
    const { t, dealRoomId, pillar, k1, k2, a, b, e } = scoredRoom();
    const logged = (fn: () => void) => {
      const before = ok(t.app.invoke('dealRooms.changeLog', { dealRoomId, limit: 1 })).total;
      fn();
      const page = ok(t.app.invoke('dealRooms.changeLog', { dealRoomId, limit: 500 }));
      return page.entries.slice(0, page.total - before).reverse();
    };
    const removed = (entries: { entity: string; entityId: string; field: string; after: unknown }[]) =>
      entries.filter((x) => x.field === WHOLE_RECORD && x.after === null).map((x) => `${x.entity} ${x.entityId}`);

    // Candidate a: its two scores and two consensus values (in any order), then the candidate.
    const candidate = logged(() => ok(t.app.invoke('candidates.delete', { dealRoomId, candidateId: a.id })));
    expect(candidate).toHaveLength(5);
    expect(new Set(removed(candidate).slice(0, 4))).toEqual(
      new Set([
        `score ${e.id}/${a.id}/${k1.id}`,
        `score ${e.id}/${a.id}/${k2.id}`,
        `consensus ${a.id}/${k1.id}`,
        `consensus ${a.id}/${k2.id}`,
      ]),
    );
    expect(removed(candidate)[4]).toBe(`candidate ${a.id}`);
    // What was lost can be read back from the log.
    expect(candidate.find((x) => x.entity === 'score')?.before).toMatchObject({ value: 3, confidence: 'medium' });
    expect(candidate.find((x) => x.entity === 'consensus')?.before).toMatchObject({ value: 3.5 });

    // Criterion k1: what is left on it (b's score and consensus), then the criterion.
    const criterion = logged(() => ok(t.app.invoke('criteria.delete', { dealRoomId, criterionId: k1.id })));
    expect(removed(criterion)).toEqual([`score ${e.id}/${b.id}/${k1.id}`, `consensus ${b.id}/${k1.id}`, `criterion ${k1.id}`]);

    // Evaluator e: the last score (b on k2), then the evaluator.
    const evaluator = logged(() => ok(t.app.invoke('evaluators.delete', { dealRoomId, evaluatorId: e.id })));
    expect(removed(evaluator)).toEqual([`score ${e.id}/${b.id}/${k2.id}`, `evaluator ${e.id}`]);

    // Pillar: the last consensus (b on k2), its criterion, then the pillar.
    const pillarLog = logged(() => ok(t.app.invoke('pillars.delete', { dealRoomId, pillarId: pillar.id })));
    expect(removed(pillarLog)).toEqual([`consensus ${b.id}/${k2.id}`, `criterion ${k2.id}`, `pillar ${pillar.id}`]);
  });

  it('gets nothing, and updatedAt does not move, when nothing changed', () => {
    const { t, dealRoomId, a } = scoredRoom();
    const room = ok(t.app.invoke('dealRooms.get', { dealRoomId })).dealRoom;
    const total = ok(t.app.invoke('dealRooms.changeLog', { dealRoomId })).total;
    ok(t.app.invoke('candidates.update', { dealRoomId, candidateId: a.id, patch: { nameLatin: 'Asagi Medical' } }));
    ok(t.app.invoke('dealRooms.update', { dealRoomId, patch: {} }));
    expect(ok(t.app.invoke('dealRooms.changeLog', { dealRoomId })).total).toBe(total);
    expect(ok(t.app.invoke('dealRooms.get', { dealRoomId })).dealRoom.updatedAt).toBe(room.updatedAt);
  });

  it('is written in the same transaction as the change: a failed change leaves neither', () => {
    const { t, dealRoomId, a } = scoredRoom();
    t.app.close();
    // Drive the store directly to fail halfway through one change.
    const store = openDataDir({ dataDir: t.dir, seedSample: false }, () => undefined);
    try {
      const room = store.room(dealRoomId);
      const logBefore = room.changeLog(1, 0).total;
      const candidate = room.row(candidateTable, { id: a.id });
      expect(() =>
        room.change('tester', (tx) => {
          tx.update(candidateTable, candidate!, { notes: 'first half' });
          throw new Error('power cut (simulated)');
        }),
      ).toThrow('power cut');
      expect(room.row(candidateTable, { id: a.id })?.notes).toBe('');
      expect(room.changeLog(1, 0).total).toBe(logBefore);
    } finally {
      store.close();
    }
  });
});

describe('updatedAt of the room', () => {
  it('moves forward with every change inside the room', () => {
    const { t, dealRoomId, a } = scoredRoom();
    const before = ok(t.app.invoke('dealRooms.get', { dealRoomId })).dealRoom.updatedAt;
    ok(t.app.invoke('candidates.update', { dealRoomId, candidateId: a.id, patch: { notes: 'visited their Osaka office' } }));
    const after = ok(t.app.invoke('dealRooms.get', { dealRoomId })).dealRoom.updatedAt;
    expect(after >= before).toBe(true);
    const lastChange = ok(t.app.invoke('dealRooms.changeLog', { dealRoomId, limit: 1 })).entries[0];
    expect(after).toBe(lastChange?.at);
  });
});
