/**
 * longList.page on a real room file of 10,000 candidates (issue 9): the
 * order of every sort key both ways, paging with no row repeated or skipped,
 * the filter (Japanese and Latin, full- and half-width alike), the keys
 * following edits, and bad requests refused with the field named.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longListRoomFile, NAMED_FIRMS } from '../../../scripts/long-list-room';
import type { InputOf } from '../../shared/api/contract';
import type { Candidate, Language } from '../../shared/domain/entities';
import { CandidateOrigin, PIPELINE_STAGES } from '../../shared/domain/vetting';
import { LONG_LIST_SORT_KEYS, MAX_LONG_LIST_PAGE, type LongListSortKey, type SortDirection } from '../../shared/long-list/long-list-page';
import { pageSql } from '../store/long-list-query';
import { createTestApp, directoryHashes, failure, ok, type TestApp } from '../store/test-data-dir';

const CANDIDATES = 10_000;
let t: TestApp;
let dealRoomId: string;
/** The named firms' ids by the import's new ids: the import gives every record a new id. */
const namedIdOf = new Map<string, string>();

type PageInput = Omit<InputOf<'longList.page'>, 'dealRoomId'>;
const page = (input: PageInput, lang: Language = 'en') => ok(t.app.invoke('longList.page', { dealRoomId, ...input }, { lang }));

const readLists = new Map<string, Candidate[]>();

/** The whole list in one order, read a full page at a time, as the screen would scroll through it (once per order and filter). */
function wholeList(sort: { key: LongListSortKey; direction: SortDirection }, lang: Language = 'en', filter: PageInput['filter'] = undefined): Candidate[] {
  const seen = JSON.stringify([sort, lang, filter]);
  const known = readLists.get(seen);
  if (known) return known;
  const rows: Candidate[] = [];
  readLists.set(seen, rows);
  for (let offset = 0; ; offset += MAX_LONG_LIST_PAGE) {
    const p = page({ offset, limit: MAX_LONG_LIST_PAGE, sort, filter }, lang);
    rows.push(...p.rows);
    if (p.rows.length < MAX_LONG_LIST_PAGE) break;
  }
  return rows;
}

const plainNumber = (name: string) => Number(/\d+/u.exec(name)?.[0] ?? NaN);

/** Descending is ascending read backwards: its first and last pages are the ascending list's last and first, reversed. */
function expectReversedEnds(sort: { key: LongListSortKey; direction: 'desc' }, ascending: Candidate[]): void {
  const ids = ascending.map((r) => r.id);
  const down = (offset: number) => page({ offset, limit: MAX_LONG_LIST_PAGE, sort }).rows.map((r) => r.id);
  expect(down(0)).toEqual(ids.slice(-MAX_LONG_LIST_PAGE).reverse());
  expect(down(CANDIDATES - MAX_LONG_LIST_PAGE)).toEqual(ids.slice(0, MAX_LONG_LIST_PAGE).reverse());
}

beforeAll(() => {
  t = createTestApp();
  const file = longListRoomFile(CANDIDATES, 29);
  dealRoomId = ok(t.app.invoke('dealRooms.import', { file })).id;
  const detail = ok(t.app.invoke('dealRooms.get', { dealRoomId }));
  for (const firm of NAMED_FIRMS) {
    const c = detail.candidates.find((x) => x.nameJa === firm.nameJa && x.nameLatin === firm.nameLatin);
    if (!c) throw new Error(`the import lost ${firm.id}`);
    namedIdOf.set(c.id, firm.id);
  }
});
afterAll(() => t.dispose());

const namedInOrder = (rows: Candidate[]) => rows.flatMap((r) => namedIdOf.get(r.id) ?? []);

describe('longList.page over 10,000 candidates, sorted by name', () => {
  it('reads the whole list in pages of 200 with every candidate exactly once, and says how many there are', () => {
    const first = page({ offset: 0, limit: 40 });
    expect(first.total).toBe(CANDIDATES);
    expect(first.inRoom).toBe(CANDIDATES);
    expect(first.rows).toHaveLength(40);
    const all = wholeList({ key: 'name', direction: 'asc' });
    const unique = new Set(all.map((r) => r.id));
    console.log(`long list paging: ${CANDIDATES.toLocaleString('en')} candidates in ${Math.ceil(all.length / MAX_LONG_LIST_PAGE)} pages of ${MAX_LONG_LIST_PAGE}, ${all.length - unique.size} repeated, ${CANDIDATES - unique.size} skipped`);
    expect(all).toHaveLength(CANDIDATES);
    expect(unique.size).toBe(CANDIDATES);
    expect(first.rows.map((r) => r.id)).toEqual(all.slice(0, 40).map((r) => r.id));
  });

  it('has its boundaries: the last full page, a page that runs past the end, and a page beyond it', () => {
    const all = wholeList({ key: 'name', direction: 'asc' }).map((r) => r.id);
    const last = page({ offset: CANDIDATES - 40, limit: 40 });
    expect(last.rows.map((r) => r.id)).toEqual(all.slice(-40));
    const over = page({ offset: CANDIDATES - 7, limit: 40 });
    expect(over.rows.map((r) => r.id)).toEqual(all.slice(-7));
    expect(over.offset).toBe(CANDIDATES - 7);
    const beyond = page({ offset: CANDIDATES, limit: 40 });
    expect(beyond.rows).toEqual([]);
    expect(beyond.total).toBe(CANDIDATES);
    expect(page({ offset: 5_000, limit: 1 }).rows[0]?.id).toBe(all[5_000]);
  });

  it('in English puts Latin names A to Z (case and width ignored, numbers by value), then kana in kana order, then kanji', () => {
    const all = wholeList({ key: 'name', direction: 'asc' }, 'en');
    expect(namedInOrder(all)).toEqual([
      'n-alder', 'n-azuma', 'n-birch', 'n-hinode', 'n-clinic', 'n-minato', 'n-zeal', 'n-zenith',
      'n-aoi', 'n-aoba', 'n-kamome', 'n-garireo', 'n-towa',
    ]);
    const numbered = all.filter((r) => r.nameLatin.startsWith('Candidate ')).map((r) => plainNumber(r.nameLatin));
    expect(numbered.slice(0, 3)).toEqual([1, 2, 3]);
    expect(numbered).toEqual([...numbered].sort((a, b) => a - b));
    expectReversedEnds({ key: 'name', direction: 'desc' }, all);
  });

  it('in Japanese sorts by the Japanese name: Latin-only names first, then kana (katakana with hiragana, 株式会社 set aside), then kanji', () => {
    const all = wholeList({ key: 'name', direction: 'asc' }, 'ja');
    expect(namedInOrder(all)).toEqual([
      'n-alder', 'n-azuma', 'n-birch', 'n-zeal', 'n-zenith',
      'n-aoi', 'n-aoba', 'n-kamome', 'n-garireo', 'n-clinic', 'n-hinode', 'n-minato', 'n-towa',
    ]);
    const numbered = all.filter((r) => r.nameJa.startsWith('候補')).map((r) => plainNumber(r.nameJa));
    expect(numbered).toEqual([...numbered].sort((a, b) => a - b));
    // 候 (U+5019) comes before 東 (U+6771): the numbered firms stand between the kana names and 東和.
    const towa = all.findIndex((r) => namedIdOf.get(r.id) === 'n-towa');
    expect(all[towa - 1]?.nameJa.startsWith('候補')).toBe(true);
  });
});

describe('longList.page sorted by the other columns', () => {
  const stageRank = (c: Candidate) => PIPELINE_STAGES.indexOf(c.stage);
  const originRank = (c: Candidate) => CandidateOrigin.options.indexOf(c.origin);
  const nonDecreasing = (values: number[]) => values.every((v, i) => i === 0 || (values[i - 1] ?? v) <= v);

  it('by stage goes in pipeline order, names A to Z within a stage, and descending is the same list read backwards', () => {
    const up = wholeList({ key: 'stage', direction: 'asc' });
    expect(new Set(up.map((r) => r.id)).size).toBe(CANDIDATES);
    expect(nonDecreasing(up.map(stageRank))).toBe(true);
    expect(up[0]?.stage).toBe('long_list');
    expectReversedEnds({ key: 'stage', direction: 'desc' }, up);
    const declined = up.filter((r) => r.stage === 'declined').map((r) => plainNumber(r.nameLatin)).filter((n) => !Number.isNaN(n));
    expect(declined.length).toBeGreaterThan(1_000);
    expect(declined).toEqual([...declined].sort((a, b) => a - b));
  });

  it('by origin follows the order of the intake form, descending read backwards', () => {
    const up = wholeList({ key: 'origin', direction: 'asc' });
    expect(new Set(up.map((r) => r.id)).size).toBe(CANDIDATES);
    expect(nonDecreasing(up.map(originRank))).toBe(true);
    expectReversedEnds({ key: 'origin', direction: 'desc' }, up);
    expect(up.at(-1)?.origin).toBe('introducer');
  });

  it('by first contact runs by date both ways, with the never-contacted last both times', () => {
    const rows = wholeList({ key: 'firstContact', direction: 'asc' });
    expect(new Set(rows.map((r) => r.id)).size).toBe(CANDIDATES);
    const dated = rows.filter((r) => r.firstContactOn !== null).map((r) => r.firstContactOn as string);
    expect(rows.findIndex((r) => r.firstContactOn === null)).toBe(dated.length);
    expect(rows.length - dated.length).toBe(Math.floor(CANDIDATES / 3));
    expect(dated).toEqual([...dated].sort());
    // Newest first: the dated ones run backwards, and the never-contacted still close the list (checked across the seam).
    const desc = (offset: number) => page({ offset, limit: MAX_LONG_LIST_PAGE, sort: { key: 'firstContact', direction: 'desc' } }).rows;
    const newest = desc(0).map((r) => r.firstContactOn);
    expect(newest).toEqual([...dated].reverse().slice(0, MAX_LONG_LIST_PAGE));
    const seam = desc(dated.length - MAX_LONG_LIST_PAGE / 2).map((r) => r.firstContactOn);
    expect(seam.slice(0, MAX_LONG_LIST_PAGE / 2)).toEqual(dated.slice(0, MAX_LONG_LIST_PAGE / 2).reverse());
    expect(seam.slice(MAX_LONG_LIST_PAGE / 2).every((d) => d === null)).toBe(true);
  });

  it('by head office folds width and case, and puts the candidates without one last both ways', () => {
    const byOffice = (direction: SortDirection, offset: number, limit = MAX_LONG_LIST_PAGE) =>
      page({ offset, limit, sort: { key: 'headquarters', direction } }).rows.map((r) => r.headquarters);
    // Ascending: Fukuoka first (no office starts before F), and the candidates without an office close the list.
    expect(byOffice('asc', 0).every((o) => o.startsWith('F'))).toBe(true);
    expect(byOffice('asc', CANDIDATES - 2, 2)).toEqual(['', '']);
    // Descending: kanji after Latin letters, so 東京都 and 大阪府 lead; still no office last.
    expect(byOffice('desc', 0, 2)).toEqual(['東京都', '大阪府']);
    expect(byOffice('desc', CANDIDATES - 2, 2)).toEqual(['', '']);
    // Full-width ｓａｐｐｏｒｏ sorts among the Sapporo offices (within the stage of that firm, to read fewer pages).
    const zenith = page({ limit: 1, filter: { text: 'zenith' } }).rows[0] as Candidate;
    expect(zenith.headquarters).toBe('ｓａｐｐｏｒｏ');
    const offices = wholeList({ key: 'headquarters', direction: 'asc' }, 'en', { stages: [zenith.stage] }).map((r) => r.headquarters);
    const sapporo = offices.flatMap((o, i) => (o === 'Sapporo' || o === 'ｓａｐｐｏｒｏ' ? [i] : []));
    expect(sapporo.length).toBeGreaterThan(10);
    expect(Math.max(...sapporo) - Math.min(...sapporo) + 1).toBe(sapporo.length);
  });
});

describe('longList.page filtered', () => {
  it('finds names by any of their words, in Latin or Japanese, full-width or half-width, katakana or hiragana', () => {
    const clinics = page({ filter: { text: 'ｸﾘﾆｯｸ' } });
    expect(clinics.rows.map((r) => namedIdOf.get(r.id)).sort()).toEqual(['n-clinic', 'n-hinode']);
    expect(clinics.total).toBe(2);
    expect(clinics.inRoom).toBe(CANDIDATES);
    expect(page({ filter: { text: 'ＡＺＵＭＡ' } }).rows.map((r) => namedIdOf.get(r.id))).toEqual(['n-azuma']);
    expect(page({ filter: { text: 'かもめ' } }).rows.map((r) => namedIdOf.get(r.id))).toEqual(['n-kamome']);
    expect(page({ filter: { text: 'minato 精機' } }).rows.map((r) => namedIdOf.get(r.id))).toEqual(['n-minato']);
    expect(page({ filter: { text: '  ' } }).total).toBe(CANDIDATES);
  });

  it('counts what matches and pages through it: every number written with 12 in it', () => {
    const expected = Array.from({ length: CANDIDATES - NAMED_FIRMS.length }, (_, i) => i + 1).filter((n) => String(n).includes('12')).length;
    const first = page({ limit: 40, filter: { text: 'Ｃａｎｄｉｄａｔｅ 12' } });
    const all = wholeList({ key: 'name', direction: 'asc' }, 'en', { text: 'candidate 12' });
    console.log(`long list filter: "candidate 12" matches ${first.total.toLocaleString('en')} of ${first.inRoom.toLocaleString('en')} (expected ${expected})`);
    expect(first.total).toBe(expected);
    expect(all).toHaveLength(expected);
    expect(all.every((r) => r.nameLatin.includes('12'))).toBe(true);
  });

  it('narrows by stage and origin, alone and with the text', () => {
    const declined = page({ limit: 200, filter: { stages: ['declined'] } });
    expect(declined.total).toBe(CANDIDATES / PIPELINE_STAGES.length);
    expect(declined.rows.every((r) => r.stage === 'declined')).toBe(true);
    const both = page({ limit: 200, filter: { stages: ['screening', 'pilot'], origins: ['referral'] } });
    const detail = ok(t.app.invoke('dealRooms.get', { dealRoomId }));
    const expected = detail.candidates.filter((c) => (c.stage === 'screening' || c.stage === 'pilot') && c.origin === 'referral');
    expect(both.total).toBe(expected.length);
    expect(both.total).toBeGreaterThan(0);
    const withText = page({ limit: 200, filter: { text: '7', stages: ['screening'] } });
    expect(withText.total).toBe(detail.candidates.filter((c) => c.stage === 'screening' && c.nameLatin.includes('7')).length);
  });
});

describe('longList.page after changes', () => {
  it('follows a rename, a stage move and a deletion on the next page read', () => {
    const aoba = [...namedIdOf].find(([, named]) => named === 'n-aoba')?.[0] as string;
    ok(t.app.invoke('candidates.update', { dealRoomId, candidateId: aoba, patch: { nameLatin: 'Aaron Aoba Holdings' } }));
    expect(page({ limit: 1 }).rows[0]?.id).toBe(aoba);
    expect(page({ filter: { text: 'aaron' } }).total).toBe(1);
    const last = page({ limit: 1, sort: { key: 'name', direction: 'desc' } }).rows[0] as Candidate;
    ok(t.app.invoke('candidates.delete', { dealRoomId, candidateId: last.id }));
    const after = page({ limit: 1, sort: { key: 'name', direction: 'desc' } });
    expect(after.rows[0]?.id).not.toBe(last.id);
    expect(after.total).toBe(CANDIDATES - 1);
    expect(after.inRoom).toBe(CANDIDATES - 1);
  });
});

describe('longList.page refuses bad requests, naming the field, and changes nothing', () => {
  // The path the error names, and what its message must mention (a field that is not allowed is named in the message).
  const cases: [string, Record<string, unknown>, string | undefined, string?][] = [
    ['an empty page', { limit: 0 }, 'limit'],
    ['more rows than a page holds', { limit: MAX_LONG_LIST_PAGE + 1 }, 'limit'],
    ['a negative offset', { offset: -1 }, 'offset'],
    ['a fractional offset', { offset: 1.5 }, 'offset'],
    ['an unknown sort column', { sort: { key: 'notes', direction: 'asc' } }, 'sort.key'],
    ['an unknown direction', { sort: { key: 'name', direction: 'up' } }, 'sort.direction'],
    ['an unknown stage', { filter: { stages: ['won'] } }, 'filter.stages[0]'],
    ['SQL in place of a direction', { sort: { key: 'name', direction: 'asc; DROP TABLE candidate' } }, 'sort.direction'],
    ['an unknown field', { columns: ['notes'] }, undefined, 'columns'],
  ];
  it.each(cases)('%s', (_name, input, path, mention = path ?? '') => {
    const before = directoryHashes(t.roomsDir);
    const en = failure(t.app.invoke('longList.page', { dealRoomId, ...input }, { lang: 'en' }));
    const ja = failure(t.app.invoke('longList.page', { dealRoomId, ...input }, { lang: 'ja' }));
    expect(en.code).toBe('invalid_input');
    expect(en.path).toBe(path);
    expect(en.message).toContain(mention);
    expect(ja.message).toContain(mention);
    expect(ja.message).not.toBe(en.message);
    expect(directoryHashes(t.roomsDir)).toEqual(before);
  });

  it('a room that does not exist', () => {
    const error = failure(t.app.invoke('longList.page', { dealRoomId: 'no-such-room' }));
    expect(error.code).toBe('not_found');
  });
});

describe('how the pages are read', () => {
  it('walks an index for every order, in both languages and directions, instead of sorting the list', () => {
    const file = join(t.roomsDir, readdirSync(t.roomsDir).find((n) => n.startsWith(dealRoomId) && n.endsWith('.shinrai')) ?? '');
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const plans: Record<string, string> = {};
      for (const lang of ['en', 'ja'] as const)
        for (const key of LONG_LIST_SORT_KEYS)
          for (const direction of ['asc', 'desc'] as const) {
            const { sql, params } = pageSql({ sort: { key, direction }, filter: { text: '', stages: [], origins: [] }, lang });
            const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params, 40, 5_000) as { detail: string }[];
            plans[`${lang} ${key} ${direction}`] = plan.map((p) => p.detail).join('; ');
          }
      for (const [order, plan] of Object.entries(plans)) {
        expect(plan, order).toMatch(/USING (COVERING )?INDEX long_list_by_/u);
        expect(plan, order).not.toContain('TEMP B-TREE');
      }
    } finally {
      db.close();
    }
  });
});
