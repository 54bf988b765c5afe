import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

function roomWith(names: string[]) {
  const t = createTestApp();
  apps.push(t);
  const dealRoomId = ok(t.app.invoke('dealRooms.create', { name: 'Candidates' })).id;
  const candidates = names.map((nameLatin) => ok(t.app.invoke('candidates.create', { dealRoomId, fields: { nameLatin } })));
  return { app: t.app, dealRoomId, candidates };
}

describe('candidates', () => {
  it('are created last in order, with defaults, compared only while fewer than 5 are', () => {
    const { app, dealRoomId, candidates } = roomWith(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(candidates.map((c) => [c.nameLatin, c.sortOrder, c.compared])).toEqual([
      ['A', 0, true],
      ['B', 1, true],
      ['C', 2, true],
      ['D', 3, true],
      ['E', 4, true],
      ['F', 5, false],
    ]);
    expect(candidates[0]).toMatchObject({ nameJa: '', headquarters: '', type: 'distributor', website: '', notes: '' });
    const ja = ok(app.invoke('candidates.create', { dealRoomId, fields: { nameJa: '東雲ヘルスケア', type: 'agent', website: 'https://shinonome.example' } }));
    expect([ja.nameJa, ja.nameLatin, ja.type, ja.website, ja.sortOrder, ja.compared]).toEqual(['東雲ヘルスケア', '', 'agent', 'https://shinonome.example', 6, false]);
  });

  it('are updated field by field and keep a name', () => {
    const { app, dealRoomId, candidates } = roomWith(['Aoba Trading']);
    const id = candidates[0]!.id;
    const updated = ok(app.invoke('candidates.update', { dealRoomId, candidateId: id, patch: { nameJa: '青葉商事', headquarters: 'Sendai' } }));
    expect([updated.nameJa, updated.nameLatin, updated.headquarters]).toEqual(['青葉商事', 'Aoba Trading', 'Sendai']);
    ok(app.invoke('candidates.update', { dealRoomId, candidateId: id, patch: { nameLatin: '' } }));
    const nameless = failure(app.invoke('candidates.update', { dealRoomId, candidateId: id, patch: { nameJa: ' ' } }, { lang: 'en' }));
    expect(nameless).toEqual({ code: 'invalid_input', message: 'patch.nameLatin: needs a name in at least one language or script', path: 'patch.nameLatin', problem: 'needs a name in at least one language or script' });
    expect(ok(app.invoke('dealRooms.get', { dealRoomId })).candidates[0]?.nameJa).toBe('青葉商事');
  });

  it('refuse a bad website with the field named, in both languages', () => {
    const { app, dealRoomId, candidates } = roomWith(['Aoba Trading']);
    const patch = { website: 'ftp://aoba.example' };
    const en = failure(app.invoke('candidates.update', { dealRoomId, candidateId: candidates[0]!.id, patch }, { lang: 'en' }));
    expect(en).toEqual({ code: 'invalid_input', message: 'patch.website: must be a web address starting with http:// or https://', path: 'patch.website', problem: 'must be a web address starting with http:// or https://' });
    const ja = failure(app.invoke('candidates.update', { dealRoomId, candidateId: candidates[0]!.id, patch }, { lang: 'ja' }));
    expect(ja.message).toBe('patch.website：http:// または https:// で始まるURLを入力してください');
  });

  it('are deleted', () => {
    const { app, dealRoomId, candidates } = roomWith(['A', 'B']);
    expect(ok(app.invoke('candidates.delete', { dealRoomId, candidateId: candidates[0]!.id }))).toEqual({ deleted: true });
    expect(ok(app.invoke('dealRooms.get', { dealRoomId })).candidates.map((c) => c.nameLatin)).toEqual(['B']);
  });

  it('say which candidate was not found, naming the field', () => {
    const { app, dealRoomId } = roomWith([]);
    expect(failure(app.invoke('candidates.delete', { dealRoomId, candidateId: 'ghost' }, { lang: 'en' }))).toEqual({
      code: 'not_found',
      message: 'No candidate with id "ghost" is in this deal-room.',
      path: 'candidateId',
    });
    expect(failure(app.invoke('candidates.update', { dealRoomId, candidateId: 'ghost', patch: {} }, { lang: 'ja' })).message).toBe(
      'ID「ghost」の候補企業はこのディールルームにありません。',
    );
  });
});

describe('candidates.setCompared', () => {
  it('compares exactly the given candidates and returns them all', () => {
    const { app, dealRoomId, candidates } = roomWith(['A', 'B', 'C', 'D', 'E', 'F']);
    const [a, , c, , e, f] = candidates.map((x) => x.id);
    const result = ok(app.invoke('candidates.setCompared', { dealRoomId, candidateIds: [f!, c!, a!, e!, f!] }));
    expect(result.map((x) => [x.nameLatin, x.compared])).toEqual([
      ['A', true],
      ['B', false],
      ['C', true],
      ['D', false],
      ['E', true],
      ['F', true],
    ]);
    expect(ok(app.invoke('dealRooms.list', {}))[0]?.comparedCount).toBe(4);
  });

  it('refuses 6 candidates, and an id that is not in the room, changing nothing', () => {
    const { app, dealRoomId, candidates } = roomWith(['A', 'B', 'C', 'D', 'E', 'F']);
    const ids = candidates.map((x) => x.id);
    const six = failure(app.invoke('candidates.setCompared', { dealRoomId, candidateIds: ids }, { lang: 'en' }));
    expect(six).toEqual({ code: 'invalid_input', message: 'candidateIds: must have at most 5 entries', path: 'candidateIds', problem: 'must have at most 5 entries' });
    const sixJa = failure(app.invoke('candidates.setCompared', { dealRoomId, candidateIds: ids }, { lang: 'ja' }));
    expect(sixJa.message).toBe('candidateIds：5件以内にしてください');
    const unknown = failure(app.invoke('candidates.setCompared', { dealRoomId, candidateIds: [ids[5]!, 'stranger'] }, { lang: 'en' }));
    expect(unknown).toEqual({ code: 'not_found', message: 'No candidate with id "stranger" is in this deal-room.', path: 'candidateIds[1]' });
    expect(ok(app.invoke('dealRooms.get', { dealRoomId })).candidates.map((x) => x.compared)).toEqual([true, true, true, true, true, false]);
  });
});
