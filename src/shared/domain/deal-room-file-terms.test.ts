import { describe, expect, it } from 'vitest';
import { validationError } from '../api/validation-message';
import { DealRoomFile, type DealRoomFileInput } from './deal-room-file';
import { detailFromFile, fileFromDetail } from './deal-room-file-mapping';
import { DEFAULT_TERM_CLAUSES } from './terms';

const NOW = '2027-03-01T09:00:00.000Z';

function counterIds() {
  let n = 0;
  return () => `id-${++n}`;
}

const KANTO = { territory: ['JP-R-kanto'], channels: ['hospitals'], segments: [], products: [] };

/** Two fictional candidates; Hinode has a staged sheet with every kind of record, Sakura none. */
function exampleFile(): DealRoomFileInput & { termSheets: unknown[] } {
  return {
    format: 'shinrai.deal-room',
    version: 4,
    dealRoom: { name: 'Kanto monitors' },
    candidates: [
      { id: 'sakura', nameLatin: 'Sakura Iryo' },
      { id: 'hinode', nameJa: '日の出メディカル', nameLatin: 'Hinode Medical' },
    ],
    pillars: [],
    evaluators: [],
    termSheets: [
      {
        id: 'draft',
        candidate: 'hinode',
        title: '販売代理店契約（段階型）',
        clauses: { performanceClause: true, registrationHolder: 'principal' },
        reviewStatus: 'in_review',
        phases: [
          { id: 'pilot', name: 'パイロット', startsOn: '2027-04-01', endsOn: '2028-03-31', scope: KANTO, targets: [{ tier: 'base', metric: 'revenue', customMetric: '', value: 40_000_000, unit: 'JPY' }] },
          { id: 'excl', name: 'Conditional exclusivity', startsOn: '2028-04-01', endsOn: '2030-03-31', exclusivity: 'conditional', scope: KANTO },
        ],
        milestones: [
          { id: 'rev', phase: 'pilot', code: 'M1', metric: 'revenue', target: 40_000_000, unit: 'JPY', dueOn: '2028-03-31', status: 'met', actual: 41_200_000, settledOn: '2028-03-15', evidence: 'FY2027 sales report' },
          { id: 'acc', phase: 'pilot', code: 'M2', metric: 'new_accounts', target: 12, dueOn: '2028-03-31', status: 'waived', settledOn: '2028-03-31', waivedReason: '統合により対象病院が減少' },
        ],
        triggers: [
          {
            id: 'grant',
            code: 'T1',
            name: 'Grant',
            condition: { quantifier: 'at_least', k: 1, outcome: 'met', milestones: ['rev', 'acc'], by: '2028-03-31' },
            actions: [{ kind: 'grant_exclusivity', scope: KANTO, months: 24, startsOn: '2028-04-01' }],
          },
        ],
        comments: [
          { clause: 'clause:registrationTransfer', author: 'Ishida', body: 'Principal holds it; no transfer needed.', resolved: true },
          { clause: 'milestone:acc', author: '法務 石田', body: '免除の根拠資料を添付してください。' },
          { clause: 'trigger:grant', author: 'Ishida', body: 'Check the start date.' },
        ],
      },
    ],
  };
}

describe('term sheets in the interchange file', () => {
  it('imports them with fresh ids, references remapped within each sheet, defaults filled', () => {
    const detail = detailFromFile(DealRoomFile.parse(exampleFile()), { newId: counterIds(), now: NOW });
    const hinode = detail.candidates[1]!.id;
    const [sheet] = detail.termSheets;
    expect(sheet).toMatchObject({ candidateId: hinode, reviewStatus: 'in_review', clauses: { ...DEFAULT_TERM_CLAUSES, performanceClause: true, registrationHolder: 'principal' }, createdAt: NOW });
    const [pilot, excl] = detail.phases;
    expect(detail.phases.map((p) => [p.termSheetId, p.exclusivity, p.sortOrder])).toEqual([
      [sheet!.id, 'none', 0],
      [sheet!.id, 'conditional', 1],
    ]);
    expect(excl!.targets).toEqual([]);
    const [rev, acc] = detail.milestones;
    expect(detail.milestones.map((m) => [m.code, m.phaseId, m.status, m.settledOn, m.sortOrder])).toEqual([
      ['M1', pilot!.id, 'met', '2028-03-15', 0],
      ['M2', pilot!.id, 'waived', '2028-03-31', 1],
    ]);
    expect(detail.triggers[0]!.condition).toEqual({ quantifier: 'at_least', k: 1, outcome: 'met', milestoneIds: [rev!.id, acc!.id], by: '2028-03-31' });
    expect(detail.termComments.map((c) => [c.clause, c.resolved])).toEqual([
      ['clause:registrationTransfer', true],
      [`milestone:${acc!.id}`, false],
      [`trigger:${detail.triggers[0]!.id}`, false],
    ]);
  });

  it('exports the same terms it imported, under positional ids', () => {
    const parsed = DealRoomFile.parse(exampleFile());
    const file = fileFromDetail(detailFromFile(parsed, { newId: counterIds(), now: NOW }), NOW);
    expect(file.version).toBe(4);
    const [sheet] = file.termSheets;
    // Hinode is the second candidate: c2. Ids are positional, the rest is carried over whole.
    expect(sheet).toMatchObject({ id: 's1', candidate: 'c2', clauses: { ...DEFAULT_TERM_CLAUSES, performanceClause: true, registrationHolder: 'principal' } });
    expect(sheet!.phases.map((p) => p.id)).toEqual(['ph1', 'ph2']);
    expect(sheet!.milestones.map((m) => [m.id, m.phase])).toEqual([
      ['m1', 'ph1'],
      ['m2', 'ph1'],
    ]);
    expect(sheet!.triggers[0]!.condition.milestones).toEqual(['m1', 'm2']);
    // Written at one moment (the import), comments come out by subject: the order no store id can change.
    expect(sheet!.comments.map((c) => c.clause)).toEqual(['clause:registrationTransfer', 'milestone:m2', 'trigger:t1']);
    // Renaming the file ids back gives the parsed input exactly.
    const rename: Record<string, string> = { s1: 'draft', c2: 'hinode', ph1: 'pilot', ph2: 'excl', m1: 'rev', m2: 'acc', t1: 'grant' };
    const back = JSON.parse(JSON.stringify(file.termSheets).replace(/"(s1|c2|ph1|ph2|m1|m2|t1)"/g, (_m, id: string) => `"${rename[id]}"`).replace(/(milestone|trigger):(m2|t1)/g, (_m, kind: string, id: string) => `${kind}:${rename[id]}`));
    expect(back).toEqual([{ ...parsed.termSheets[0], clauses: { ...DEFAULT_TERM_CLAUSES, ...parsed.termSheets[0]!.clauses } }]);
  });

  it('reads older files as having no terms', () => {
    for (const version of [1, 2, 3]) {
      const { termSheets: _none, ...old } = exampleFile();
      const detail = detailFromFile(DealRoomFile.parse({ ...old, version }), { newId: counterIds(), now: NOW });
      expect([detail.termSheets, detail.phases, detail.milestones, detail.triggers, detail.termComments]).toEqual([[], [], [], [], []]);
    }
  });

  /** The first problem of a broken variant of the example, as the app words it. */
  function problem(change: (file: ReturnType<typeof exampleFile>) => void, lang: 'en' | 'ja' = 'en') {
    const file = structuredClone(exampleFile());
    change(file);
    const parsed = DealRoomFile.safeParse(file);
    expect(parsed.success).toBe(false);
    if (parsed.success) return { path: '', message: '' };
    const error = validationError(parsed.error, lang, file, ['file']);
    return { path: error.path, message: error.message };
  }

  type Sheet = { candidate: string; phases: { endsOn: string }[]; milestones: { phase: string; code: string; status: string; settledOn?: string | null }[]; triggers: { condition: { milestones: string[]; k: number | null; quantifier: string } }[]; comments: { clause: string }[] };
  const sheetOf = (file: ReturnType<typeof exampleFile>) => file.termSheets[0] as Sheet;

  it('refuses references that lead nowhere, naming the path', () => {
    expect(problem((f) => (sheetOf(f).candidate = 'nobody'))).toMatchObject({ path: 'file.termSheets[0].candidate', message: expect.stringContaining('nobody') });
    expect(problem((f) => (sheetOf(f).milestones[1]!.phase = 'renewal')).path).toBe('file.termSheets[0].milestones[1].phase');
    expect(problem((f) => (sheetOf(f).triggers[0]!.condition.milestones = ['rev', 'elsewhere'])).path).toBe('file.termSheets[0].triggers[0].condition.milestones[1]');
    expect(problem((f) => (sheetOf(f).comments[2]!.clause = 'phase:renewal')).path).toBe('file.termSheets[0].comments[2].clause');
    expect(problem((f) => f.termSheets.push({ ...(f.termSheets[0] as object), id: 'second' })).path).toBe('file.termSheets[1].candidate');
  });

  it("refuses what the store would refuse, in the reader's language", () => {
    expect(problem((f) => (sheetOf(f).phases[0]!.endsOn = '2027-03-31'), 'ja')).toEqual({
      path: 'file.termSheets[0].phases[0].endsOn',
      message: 'file.termSheets[0].phases[0].endsOn：フェーズの終了日は開始日（2027-04-01）以降にしてください',
    });
    expect(problem((f) => (sheetOf(f).milestones[1]!.code = 'M1'))).toEqual({
      path: 'file.termSheets[0].milestones[1].code',
      message: 'file.termSheets[0].milestones[1].code: the code "M1" is already used on this term sheet',
    });
    expect(problem((f) => (sheetOf(f).milestones[0]!.settledOn = null)).path).toBe('file.termSheets[0].milestones[0].settledOn');
    expect(problem((f) => (sheetOf(f).triggers[0]!.condition.k = 3)).message).toBe('file.termSheets[0].triggers[0].condition.k: must be between 1 and the 2 milestones listed');
    expect(problem((f) => (sheetOf(f).triggers[0]!.condition.quantifier = 'all')).path).toBe('file.termSheets[0].triggers[0].condition.k');
  });
});
