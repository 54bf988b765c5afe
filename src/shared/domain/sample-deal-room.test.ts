/**
 * The bundled sample (resources/sample/medtech-japan.json) is the first thing
 * a new user sees, so it has to show every part of the product: five compared
 * candidates of different kinds, an unscored half of one candidate, panel
 * disagreement, a consensus, a knock-out failure, and a close but clear
 * ranking in which the inbound suitor does not win. The user documentation of
 * the file format (docs/interchange-format.md) is checked here too: its
 * examples must parse and the error messages it quotes must be the real ones.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import exampleJson from '../../../docs/example-deal-room.json';
import sampleJson from '../../../resources/sample/medtech-japan.json';
import { translator } from '../i18n/translator';
import { validationError } from '../api/validation-message';
import { analyseDealRoom } from '../engine/analyse-deal-room';
import { DEAL_ROOM_FILE_VERSION, DealRoomFile } from './deal-room-file';
import { detailFromFile } from './deal-room-file-mapping';

const sample = DealRoomFile.parse(sampleJson);
const criteria = sample.pillars.flatMap((p) => p.criteria);

/** Kana or kanji (CJK ideographs, hiragana, katakana). */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{3,}/;

function scoresOf(candidate: string, criterion: string): number[] {
  return sample.scores.filter((s) => s.candidate === candidate && s.criterion === criterion).map((s) => s.value);
}

describe('sample deal-room: shape', () => {
  it('is a version 4 deal-room file with a name, product line, market and notes', () => {
    expect(sample.format).toBe('shinrai.deal-room');
    expect(sample.version).toBe(4);
    expect(sample.dealRoom.name).toMatch(LATIN_WORD);
    expect(sample.dealRoom.productLine).not.toBe('');
    expect(sample.dealRoom.targetMarket).not.toBe('');
    expect(sample.dealRoom.notes).toMatch(/fictional/);
    expect(sample.dealRoom.archived).toBe(false);
  });

  it('compares five candidates of all four kinds, each with both names, a city, a reserved .example website and notes', () => {
    expect(sample.candidates).toHaveLength(5);
    expect(sample.candidates.every((c) => c.compared)).toBe(true);
    expect(new Set(sample.candidates.map((c) => c.type))).toEqual(new Set(['distributor', 'trading_house', 'agent', 'jv_partner']));
    for (const c of sample.candidates) {
      expect(c.nameJa, c.id).toMatch(JAPANESE);
      expect(c.nameLatin, c.id).toMatch(LATIN_WORD);
      expect(c.nameLatin, c.id).not.toMatch(JAPANESE);
      expect(c.headquarters, c.id).toMatch(JAPANESE);
      expect(new URL(c.website).hostname, c.id).toMatch(/\.example$/);
      expect(c.notes.length, c.id).toBeGreaterThan(40);
    }
  });

  it('has the five pillars of the domain, named in English and Japanese, with positive weights', () => {
    expect(sample.pillars.map((p) => p.nameEn)).toEqual([
      'Effectiveness',
      'Compliance',
      'Trustworthiness',
      'Capability and commitment',
      'Strategic and brand fit',
    ]);
    for (const p of sample.pillars) {
      expect(p.nameJa, p.id).toMatch(JAPANESE);
      expect(p.weight, p.id).toBeGreaterThan(0);
      expect(p.criteria.length, p.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('has 14 to 16 criteria, each named in both languages, described, anchored at 1, 3 and 5 in English, and weighted', () => {
    expect(criteria.length).toBeGreaterThanOrEqual(14);
    expect(criteria.length).toBeLessThanOrEqual(16);
    for (const c of criteria) {
      expect(c.nameEn, c.id).toMatch(LATIN_WORD);
      expect(c.nameEn, c.id).not.toMatch(JAPANESE);
      expect(c.nameJa, c.id).toMatch(JAPANESE);
      expect(c.description, c.id).toMatch(LATIN_WORD);
      for (const anchor of [c.anchor1, c.anchor3, c.anchor5]) {
        expect(anchor, c.id).toMatch(LATIN_WORD);
        expect(anchor, c.id).not.toMatch(JAPANESE);
      }
      // Three different levels: an anchor copied from its neighbour explains nothing.
      expect(new Set([c.anchor1, c.anchor3, c.anchor5]).size, c.id).toBe(3);
      expect(c.weight, c.id).toBeGreaterThan(0);
    }
  });

  it('has exactly one knock-out criterion: the device licences, pass mark 3', () => {
    const knockouts = criteria.filter((c) => c.knockout);
    expect(knockouts.map((c) => [c.id, c.passMark])).toEqual([['device-licences', 3]]);
    expect(knockouts[0]?.description).toMatch(/[Kk]nock-out/);
  });

  it('has three evaluators from three departments', () => {
    expect(sample.evaluators).toHaveLength(3);
    expect(new Set(sample.evaluators.map((e) => e.department)).size).toBe(3);
    for (const e of sample.evaluators) expect(e.department, e.id).not.toBe('');
  });

  it('gives every score a rationale, some in Japanese and some in English, with every confidence level used', () => {
    for (const s of sample.scores) expect(s.rationale.trim().length, `${s.candidate}/${s.criterion}/${s.evaluator}`).toBeGreaterThan(10);
    const japanese = sample.scores.filter((s) => JAPANESE.test(s.rationale)).length;
    expect(japanese).toBeGreaterThanOrEqual(5);
    expect(sample.scores.length - japanese).toBeGreaterThanOrEqual(5);
    expect(new Set(sample.scores.map((s) => s.confidence))).toEqual(new Set(['low', 'medium', 'high']));
  });

  it('leaves cells unscored: only the late-added JV candidate, on about half of the criteria', () => {
    const unscored = sample.candidates.flatMap((a) => criteria.filter((c) => scoresOf(a.id, c.id).length === 0).map((c) => `${a.id}/${c.id}`));
    expect(unscored.length).toBeGreaterThanOrEqual(1);
    expect(new Set(unscored.map((cell) => cell.split('/')[0]))).toEqual(new Set(['kazahana']));
    expect(unscored.length).toBeGreaterThanOrEqual(Math.floor(criteria.length / 3));
    expect(unscored.length).toBeLessThanOrEqual(Math.ceil((2 * criteria.length) / 3));
  });

  it('has panel disagreement (spread of 1.5 or more) on a few cells', () => {
    const wide = sample.candidates.flatMap((a) =>
      criteria
        .map((c) => scoresOf(a.id, c.id))
        .filter((v) => v.length > 1 && Math.max(...v) - Math.min(...v) >= 1.5),
    );
    expect(wide.length).toBeGreaterThanOrEqual(3);
  });

  it('records one consensus, with a reason, on a cell where the panel disagreed', () => {
    expect(sample.consensus).toHaveLength(1);
    const k = sample.consensus[0]!;
    expect(k.reason.length).toBeGreaterThan(40);
    const values = scoresOf(k.candidate, k.criterion);
    expect(Math.max(...values) - Math.min(...values)).toBeGreaterThanOrEqual(1.5);
    const mean = values.reduce((x, y) => x + y, 0) / values.length;
    expect(k.value).not.toBe(mean);
  });
});

describe('sample deal-room: the story it tells, through the engine', () => {
  let n = 0;
  const detail = detailFromFile(sample, { newId: () => `id-${++n}`, now: '2026-11-20T08:30:00Z' });
  const fileIdOf = new Map(detail.candidates.map((c, i) => [c.id, sample.candidates[i]!.id]));
  const { scoring, sensitivity } = analyseDealRoom(detail);
  const byFileId = new Map(scoring.candidates.map((r) => [fileIdOf.get(r.candidateId), r]));

  it('ranks the careful regional distributor first and the specialist a close but clear second', () => {
    const ranked = scoring.candidates.filter((r) => r.rank !== null).map((r) => fileIdOf.get(r.candidateId));
    expect(ranked.slice(0, 2)).toEqual(['asanagi', 'tsumugi']);
    expect(sensitivity.leadMargin).not.toBeNull();
    expect(sensitivity.leadMargin!).toBeGreaterThan(1);
    expect(sensitivity.leadMargin!).toBeLessThan(5);
  });

  it('does not let the inbound suitor win', () => {
    const hayate = byFileId.get('hayate');
    expect(hayate?.knockedOut).toBe(false);
    expect(hayate?.rank).toBeGreaterThan(1);
    expect(hayate!.total).toBeLessThan(byFileId.get('asanagi')!.total - 15);
  });

  it('knocks out exactly one candidate, the unlicensed trading house, on the licence criterion', () => {
    const out = scoring.candidates.filter((r) => r.knockedOut).map((r) => fileIdOf.get(r.candidateId));
    expect(out).toEqual(['tsurumino']);
    expect(Object.values(byFileId.get('tsurumino')!.knockouts)).toEqual(['failed']);
  });

  it('shows the JV candidate as incomplete, with a projected total above its current one', () => {
    const incomplete = scoring.candidates.filter((r) => r.incomplete).map((r) => fileIdOf.get(r.candidateId));
    expect(incomplete).toEqual(['kazahana']);
    const kazahana = byFileId.get('kazahana')!;
    expect(kazahana.coverage).toBeGreaterThan(0.3);
    expect(kazahana.coverage).toBeLessThan(0.7);
    expect(kazahana.projected!).toBeGreaterThan(kazahana.total + 20);
    expect(Object.values(kazahana.knockouts)).toEqual(['pending']);
  });

  it('can be flipped by a plausible change of one weight: hospital access, by a few points', () => {
    const critical = sensitivity.mostCriticalCriterion;
    expect(critical?.crossing?.challengerId).toBeDefined();
    expect(fileIdOf.get(critical!.crossing!.challengerId)).toBe('tsumugi');
    const criterionIndex = detail.criteria.findIndex((c) => c.id === critical!.targetId);
    expect(criteria[criterionIndex]?.id).toBe('key-hospitals');
    const move = Math.abs(critical!.crossing!.change);
    expect(move).toBeGreaterThan(0.03);
    expect(move).toBeLessThan(0.1);
  });
});

describe('docs/interchange-format.md and its example file', () => {
  const doc = readFileSync(new URL('../../../docs/interchange-format.md', import.meta.url), 'utf8');
  const clone = (): Record<string, any> => JSON.parse(JSON.stringify(exampleJson));

  it('example-deal-room.json is a valid file of 3 candidates, 2 pillars, 4 criteria and 2 evaluators', () => {
    const example = DealRoomFile.parse(exampleJson);
    expect(example.candidates).toHaveLength(3);
    expect(example.pillars).toHaveLength(2);
    expect(example.pillars.flatMap((p) => p.criteria)).toHaveLength(4);
    expect(example.evaluators).toHaveLength(2);
    expect(example.consensus).toHaveLength(1);
    // Defaults the doc promises: a left-out type, website, confidence and compared flag.
    expect(example.candidates[2]).toMatchObject({ type: 'agent', website: '', headquarters: '', compared: true });
    expect(example.scores[3]?.confidence).toBe('medium');
    expect(example.dealRoom.archived).toBe(false);
  });

  it('the short example in the doc is a valid file', () => {
    const block = /## A short example\s+```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    const parsed = DealRoomFile.parse(JSON.parse(block!));
    expect(parsed.candidates.map((c) => c.type)).toEqual(['distributor', 'trading_house', 'agent']);
    expect(parsed.scores).toHaveLength(1);
    expect(parsed.consensus).toEqual([]);
  });

  const changes: [string, (f: Record<string, any>) => void][] = [
    ['a negative criterion weight', (f) => (f.pillars[1].criteria[1].weight = -1)],
    ['a score above 5', (f) => (f.scores[2].value = 6)],
    ['a score for an unknown candidate', (f) => (f.scores[0].candidate = 'nobody')],
    ['six candidates compared', (f) => f.candidates.push({ id: 'x1', nameLatin: 'X1' }, { id: 'x2', nameLatin: 'X2' }, { id: 'x3', nameLatin: 'X3' })],
    ['no deal-room name', (f) => delete f.dealRoom.name],
    ['a field that is not in the format', (f) => (f.candidates[0].phone = '03-0000-0000')],
    ['a version that never existed', (f) => (f.version = 0)],
    ['two problems at once', (f) => { f.scores[2].value = 6; f.scores[3].value = -1; }],
  ];

  it('quotes the real message for a file of a newer version, in English and Japanese', () => {
    for (const lang of ['en', 'ja'] as const) {
      expect(doc).toContain(`\`${translator(lang)('errors:newerFile', { found: DEAL_ROOM_FILE_VERSION + 1, supported: DEAL_ROOM_FILE_VERSION })}\``);
    }
  });

  it.each(changes)('quotes the real messages for a file with %s, in English and Japanese', (_label, change) => {
    const file = clone();
    change(file);
    const result = DealRoomFile.safeParse(file);
    expect(result.success).toBe(false);
    if (result.success) return;
    for (const lang of ['en', 'ja'] as const) {
      const message = validationError(result.error, lang, file, ['file']).message;
      expect(message.startsWith('file.')).toBe(true);
      expect(doc).toContain(`\`${message}\``);
    }
  });
});
