import { afterEach, describe, expect, it } from 'vitest';
import { openDataDir } from '../store/data-dir';
import { refreshSearchIndex } from '../store/search-index';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

function searchRoom() {
  const t = createTestApp();
  apps.push(t);
  const { app } = t;
  const dealRoomId = ok(app.invoke('dealRooms.create', { name: 'Search' })).id;
  const tokyo = ok(
    app.invoke('candidates.create', {
      dealRoomId,
      fields: { nameJa: '朝凪メディカル株式会社', nameLatin: 'Asanagi Medical K.K.', notes: '東京のクリニック網に強い。ABC病院グループと取引あり。' },
    }),
  ).id;
  const osaka = ok(
    app.invoke('candidates.create', {
      dealRoomId,
      fields: { nameLatin: 'Tsumugi Life Science', notes: 'Excellent KOL network in cardiology; sells through ｸﾘﾆｯｸ chains in Kansai.', statedIntent: 'Wants Hospital access first' },
    }),
  ).id;
  const search = (query: string, lang: 'en' | 'ja' = 'en', limit?: number) =>
    ok(app.invoke('search.query', { dealRoomId, query, ...(limit ? { limit } : {}) }, { lang }));
  const found = (query: string) => search(query).map((h) => `${h.kind}:${h.id}`);
  return { t, app, dealRoomId, tokyo, osaka, search, found };
}

describe('search.query', () => {
  it('finds a kana query in a note written in kanji and katakana, and shows the match as written', () => {
    const { tokyo, search } = searchRoom();
    expect(search('くりにっく')).toEqual([
      {
        kind: 'candidate',
        id: tokyo,
        candidateId: tokyo,
        title: 'Asanagi Medical K.K.',
        field: 'notes',
        snippet: { before: '東京の', match: 'クリニック', after: '網に強い。ABC病院グループと取引あり。' },
      },
      expect.objectContaining({ kind: 'candidate', snippet: expect.objectContaining({ match: 'ｸﾘﾆｯｸ' }) }),
    ]);
    expect(search('くりにっく', 'ja')[0]?.title).toBe('朝凪メディカル株式会社');
  });

  it('matches a full-width query with half-width text and the other way round', () => {
    const { tokyo, osaka, found, search } = searchRoom();
    expect(found('ＡＢＣ')).toEqual([`candidate:${tokyo}`]);
    expect(search('ＡＢＣ')[0]?.snippet.match).toBe('ABC');
    expect(found('ｸﾘﾆｯｸ').sort()).toEqual([`candidate:${tokyo}`, `candidate:${osaka}`].sort());
    expect(found('ｸﾘﾆｯｸ網')).toEqual([`candidate:${tokyo}`]);
  });

  it('finds English words whatever their case', () => {
    const { osaka, found, search } = searchRoom();
    expect(found('kol')).toEqual([`candidate:${osaka}`]);
    expect(found('CARDIOLOGY')).toEqual([`candidate:${osaka}`]);
    expect(search('hospital access')[0]).toMatchObject({ id: osaka, field: 'statedIntent', snippet: { match: 'Hospital' } });
  });

  it('answers words shorter than three characters from the same folded text', () => {
    const { tokyo, osaka, found } = searchRoom();
    expect(found('東京')).toEqual([`candidate:${tokyo}`]);
    expect(found('網')).toEqual([`candidate:${tokyo}`]);
    // Every word must occur: "in" occurs only in the second note.
    expect(found('in kol')).toEqual([`candidate:${osaka}`]);
    expect(found('東京 kol')).toEqual([]);
  });

  it('reads quotes, wildcards and operators as plain characters', () => {
    const { found } = searchRoom();
    expect(found('"')).toEqual([]);
    expect(found('%')).toEqual([]);
    expect(found('_')).toEqual([]);
    expect(found('kol*')).toEqual([]);
    expect(found('NOT kol')).toEqual([]);
    expect(found('a"b OR c')).toEqual([]);
  });

  it('follows every change: edits, requests, files, deletions', () => {
    const { app, dealRoomId, tokyo, osaka, found, search } = searchRoom();
    ok(app.invoke('candidates.update', { dealRoomId, candidateId: tokyo, patch: { notes: '仙台の病院に強い' } }));
    expect(found('くりにっく')).toEqual([`candidate:${osaka}`]);
    expect(found('仙台')).toEqual([`candidate:${tokyo}`]);

    const [request] = ok(app.invoke('dueDiligence.add', { dealRoomId, candidateId: osaka, items: [{ item: 'GDP certificate', note: '倉庫は堺市' }] }));
    expect(search('堺市')).toEqual([expect.objectContaining({ kind: 'due_diligence', id: request!.id, candidateId: osaka, title: 'GDP certificate', field: 'note' })]);
    const file = ok(
      app.invoke('evidence.add', {
        dealRoomId,
        candidateId: osaka,
        attachedTo: 'due_diligence',
        attachedId: request!.id,
        fileName: 'ＧＤＰ証明書.pdf',
        mediaType: 'application/pdf',
        contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
      }),
    ).file;
    expect(search('gdp証明')).toEqual([expect.objectContaining({ kind: 'evidence', id: file.id, title: 'ＧＤＰ証明書.pdf', field: 'fileName' })]);

    ok(app.invoke('candidates.delete', { dealRoomId, candidateId: osaka }));
    expect(found('kol')).toEqual([]);
    expect(found('gdp')).toEqual([]);
  });

  it('keeps to the limit, best matches first', () => {
    const { app, dealRoomId, tokyo, search } = searchRoom();
    ok(
      app.invoke('dueDiligence.add', {
        dealRoomId,
        candidateId: tokyo,
        items: Array.from({ length: 12 }, (_, i) => ({ item: `Clinic list ${i + 1}` })),
      }),
    );
    expect(search('clinic', 'en', 5)).toHaveLength(5);
    expect(search('clinic')).toHaveLength(12);
  });

  it('refuses an empty query and an unknown deal-room, naming the field', () => {
    const { app, dealRoomId } = searchRoom();
    expect(failure(app.invoke('search.query', { dealRoomId, query: '   ' }, { lang: 'en' }))).toMatchObject({ code: 'invalid_input', path: 'query' });
    expect(failure(app.invoke('search.query', { dealRoomId, query: 'x', limit: 0 })).path).toBe('limit');
    expect(failure(app.invoke('search.query', { dealRoomId: 'nope', query: 'kol' })).code).toBe('not_found');
  });

  it('leaves the room’s content, change log and updatedAt as they were', () => {
    const { app, dealRoomId, search } = searchRoom();
    const before = ok(app.invoke('dealRooms.get', { dealRoomId }));
    const logBefore = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 1 })).total;
    search('くりにっく');
    search('東京');
    expect(ok(app.invoke('dealRooms.get', { dealRoomId }))).toEqual(before);
    expect(ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 1 })).total).toBe(logBefore);
  });
});

describe('the index', () => {
  it('is rebuilt only when the room changed since it was built', () => {
    const { t, app, dealRoomId, tokyo } = searchRoom();
    app.close();
    const store = openDataDir({ dataDir: t.dir, seedSample: false }, () => undefined);
    try {
      const room = store.room(dealRoomId);
      expect(refreshSearchIndex(room)).toBe(true);
      expect(refreshSearchIndex(room)).toBe(false);
    } finally {
      store.close();
    }
    t.reopen();
    ok(t.app.invoke('candidates.update', { dealRoomId, candidateId: tokyo, patch: { headquarters: '仙台市' } }));
    t.app.close();
    const again = openDataDir({ dataDir: t.dir, seedSample: false }, () => undefined);
    try {
      const room = again.room(dealRoomId);
      expect(refreshSearchIndex(room)).toBe(true);
      expect(refreshSearchIndex(room)).toBe(false);
    } finally {
      again.close();
    }
    t.reopen();
  });
});
