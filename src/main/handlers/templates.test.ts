import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CriteriaTemplateFile } from '../../shared/domain/criteria-template';
import { GENERAL_DISTRIBUTOR_TEMPLATE_ID, MEDICAL_DISTRIBUTOR_TEMPLATE_ID } from '../../shared/templates/built-in-templates';
import { createTestApp, directoryHashes, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});
function testApp(): TestApp {
  const t = createTestApp({ actor: 'Template Tester' });
  apps.push(t);
  return t;
}

const templatesDir = (t: TestApp) => join(t.dir, 'templates');

/** A small template file as a user might write it by hand. */
function handWritten(): Record<string, unknown> {
  return {
    format: 'shinrai.criteria-template',
    version: 1,
    name: { en: 'Kansai agents', ja: '関西の代理店' },
    description: { en: 'Short list for agents in Kansai.' },
    pillars: [
      {
        key: 'reach',
        name: { en: 'Reach' },
        weight: 2,
        criteria: [
          { key: 'accounts', name: { en: 'Key accounts', ja: '主要顧客' }, weight: 3, anchor1: { en: 'none' }, anchor5: { en: 'most' } },
          { key: 'events', name: { ja: '展示会' }, weight: 1 },
        ],
      },
      { key: 'rules', name: { en: 'Rules', ja: '法令遵守' }, weight: 1, criteria: [{ key: 'licence', name: { en: 'Licence' }, weight: 1, knockout: true, passMark: 4 }] },
    ],
  };
}

describe('templates.list', () => {
  it('lists the two built-in templates with their counts before anything is saved', () => {
    const t = testApp();
    const list = ok(t.app.invoke('templates.list', {}));
    expect(list.map((s) => [s.id, s.builtIn, s.pillarCount, s.criterionCount, s.knockoutCount])).toEqual([
      [GENERAL_DISTRIBUTOR_TEMPLATE_ID, true, 5, 29, 2],
      [MEDICAL_DISTRIBUTOR_TEMPLATE_ID, true, 5, 33, 3],
    ]);
    expect(list[1]!.name.ja).toBe('日本の販売代理店（規制対象の医療製品）');
    // Listing writes nothing: the templates directory appears with the first saved template.
    expect(existsSync(templatesDir(t))).toBe(false);
  });

  it('skips a damaged template file with a log line and lists the others', () => {
    const t = testApp();
    const saved = ok(t.app.invoke('templates.import', { file: handWritten() }));
    writeFileSync(join(templatesDir(t), '0b3c3a4e-3f7a-4d59-8d1e-2f8e3c1d9a10.json'), '{ "format": "shinrai.criteria-template", "version": 1, ');
    writeFileSync(join(templatesDir(t), '5e9a7f0c-6b1d-4c8e-9f2a-7d3b1c0e4a21.json'), JSON.stringify({ ...handWritten(), pillars: [] }));
    const list = ok(t.app.invoke('templates.list', {}));
    expect(list.map((s) => s.id)).toEqual([GENERAL_DISTRIBUTOR_TEMPLATE_ID, MEDICAL_DISTRIBUTOR_TEMPLATE_ID, saved.id]);
    const warnings = t.logs.filter((l) => l.level === 'warn' && l.message.includes('cannot be read'));
    expect(warnings).toHaveLength(2);
    // Opening the damaged one by id says so instead of failing inside.
    const err = failure(t.app.invoke('templates.get', { templateId: '5e9a7f0c-6b1d-4c8e-9f2a-7d3b1c0e4a21' }, { lang: 'en' }));
    expect(err.code).toBe('unreadable_database');
    expect(err.message).toContain('could not be read (pillars: ');
  });
});

describe('dealRooms.create from a template', () => {
  it('starts a room with the medical template’s pillars and criteria, in the creator’s language', () => {
    const t = testApp();
    const room = ok(t.app.invoke('dealRooms.create', { name: 'Japan launch, infusion pumps', templateId: MEDICAL_DISTRIBUTOR_TEMPLATE_ID }, { lang: 'ja' }));
    const detail = ok(t.app.invoke('dealRooms.get', { dealRoomId: room.id }));
    expect(detail.pillars).toHaveLength(5);
    expect(detail.criteria).toHaveLength(33);
    const compliance = detail.pillars.find((p) => p.nameEn === 'Compliance')!;
    expect(compliance).toMatchObject({ nameJa: 'コンプライアンス', weight: 30, sortOrder: 1 });
    const mah = detail.criteria.find((c) => c.nameJa === '製造販売業許可')!;
    expect(mah).toMatchObject({ pillarId: compliance.id, nameEn: 'Marketing authorisation holder licence', weight: 20, knockout: true, passMark: 3 });
    // Descriptions and anchors are single texts in a room: Japanese for a Japanese creator.
    expect(mah.description).toContain('薬機法');
    expect(detail.criteria.filter((c) => c.knockout)).toHaveLength(3);
  });

  it('starts a room with the general template, texts in English', () => {
    const t = testApp();
    const room = ok(t.app.invoke('dealRooms.create', { name: 'Japan, outdoor gear', templateId: GENERAL_DISTRIBUTOR_TEMPLATE_ID }, { lang: 'en' }));
    const detail = ok(t.app.invoke('dealRooms.get', { dealRoomId: room.id }));
    expect(detail.pillars.map((p) => [p.nameEn, p.weight])).toEqual([
      ['Effectiveness', 30],
      ['Compliance', 20],
      ['Trustworthiness', 20],
      ['Capability and commitment', 15],
      ['Strategic and brand fit', 15],
    ]);
    expect(detail.criteria).toHaveLength(29);
    const transparency = detail.criteria.find((c) => c.nameEn === 'Transparency of sales data')!;
    expect(transparency.weight).toBe(25);
    expect(transparency.anchor1).toBe('Shares totals only, or nothing, citing the confidentiality of customer names.');
  });

  it('logs every row it creates, in the creation’s one change', () => {
    const t = testApp();
    const room = ok(t.app.invoke('dealRooms.create', { name: 'Logged', templateId: GENERAL_DISTRIBUTOR_TEMPLATE_ID }));
    const log = ok(t.app.invoke('dealRooms.changeLog', { dealRoomId: room.id, limit: 500 }));
    // The room itself, 5 pillars and 29 criteria, all at the same moment by the same actor.
    expect(log.total).toBe(1 + 5 + 29);
    expect(new Set(log.entries.map((e) => e.at)).size).toBe(1);
    expect(log.entries.filter((e) => e.entity === 'criterion')).toHaveLength(29);
    expect(log.entries.every((e) => e.actor === 'Template Tester')).toBe(true);
  });

  it('refuses an unknown template, naming templateId, and creates no room', () => {
    const t = testApp();
    const before = directoryHashes(t.roomsDir);
    const err = failure(t.app.invoke('dealRooms.create', { name: 'Nothing', templateId: 'builtin:distributor-nowhere' }, { lang: 'en' }));
    expect(err).toMatchObject({ code: 'not_found', path: 'templateId' });
    expect(err.message).toBe('No criteria template with id "builtin:distributor-nowhere" was found.');
    expect(directoryHashes(t.roomsDir)).toEqual(before);
    expect(ok(t.app.invoke('dealRooms.list', {}))).toEqual([]);
  });
});

describe('templates.saveFromRoom', () => {
  it('saves a room’s criteria as a template that is then listed and can start a new room', () => {
    const t = testApp();
    const source = ok(t.app.invoke('dealRooms.create', { name: 'Source', templateId: MEDICAL_DISTRIBUTOR_TEMPLATE_ID }, { lang: 'en' }));
    const detail = ok(t.app.invoke('dealRooms.get', { dealRoomId: source.id }));
    // The team tunes the template before saving it: a weight and a pass mark.
    const mah = detail.criteria.find((c) => c.nameEn === 'Marketing authorisation holder licence')!;
    ok(t.app.invoke('criteria.update', { dealRoomId: source.id, criterionId: mah.id, patch: { weight: 40, passMark: 4 } }));

    const summary = ok(
      t.app.invoke('templates.saveFromRoom', { dealRoomId: source.id, nameEn: 'Our medtech template', nameJa: '当社の医療機器用テンプレート', description: 'Tuned after the 2027 search.' }, { lang: 'en' }),
    );
    expect(summary).toMatchObject({ builtIn: false, pillarCount: 5, criterionCount: 33, knockoutCount: 3, name: { en: 'Our medtech template', ja: '当社の医療機器用テンプレート' } });
    expect(summary.description).toEqual({ en: 'Tuned after the 2027 search.', ja: '' });
    expect(ok(t.app.invoke('templates.list', {})).map((s) => s.id)).toContain(summary.id);
    expect(readdirSync(templatesDir(t))).toEqual([`${summary.id}.json`]);

    const again = ok(t.app.invoke('dealRooms.create', { name: 'Next search', templateId: summary.id }, { lang: 'en' }));
    const copy = ok(t.app.invoke('dealRooms.get', { dealRoomId: again.id }));
    expect(copy.criteria.find((c) => c.nameEn === 'Marketing authorisation holder licence')).toMatchObject({ weight: 40, passMark: 4, knockout: true });
    expect(copy.criteria).toHaveLength(33);
  });

  it('refuses a room with no pillars and a missing name, saving nothing', () => {
    const t = testApp();
    const empty = ok(t.app.invoke('dealRooms.create', { name: 'Empty' }));
    const noPillars = failure(t.app.invoke('templates.saveFromRoom', { dealRoomId: empty.id, nameEn: 'Nothing' }, { lang: 'en' }));
    expect(noPillars).toMatchObject({ code: 'rule_violation', path: 'dealRoomId' });
    expect(noPillars.message).toContain('nothing to save as a template');
    const noName = failure(t.app.invoke('templates.saveFromRoom', { dealRoomId: empty.id, nameEn: '  ', nameJa: '' }, { lang: 'ja' }));
    expect(noName).toMatchObject({ code: 'invalid_input', path: 'nameEn' });
    expect(existsSync(templatesDir(t))).toBe(false);
  });
});

describe('templates.import and templates.get', () => {
  it('imports a hand-written file, filling the defaults, and exports it back unchanged', () => {
    const t = testApp();
    const summary = ok(t.app.invoke('templates.import', { file: handWritten() }));
    expect(summary).toMatchObject({ builtIn: false, pillarCount: 2, criterionCount: 3, knockoutCount: 1 });
    const exported = ok(t.app.invoke('templates.get', { templateId: summary.id })) as CriteriaTemplateFile;
    expect(exported.pillars[0]!.criteria[1]).toEqual({
      key: 'events',
      name: { en: '', ja: '展示会' },
      description: { en: '', ja: '' },
      anchor1: { en: '', ja: '' },
      anchor3: { en: '', ja: '' },
      anchor5: { en: '', ja: '' },
      weight: 1,
      knockout: false,
      passMark: 3,
    });
    // Export → import gives the same document under a new id.
    const reimported = ok(t.app.invoke('templates.import', { file: JSON.parse(JSON.stringify(exported)) }));
    expect(reimported.id).not.toBe(summary.id);
    expect(ok(t.app.invoke('templates.get', { templateId: reimported.id }))).toEqual(exported);
  });

  it('exports a built-in template and imports it as a user template of the same content', () => {
    const t = testApp();
    const builtIn = ok(t.app.invoke('templates.get', { templateId: MEDICAL_DISTRIBUTOR_TEMPLATE_ID }));
    const copy = ok(t.app.invoke('templates.import', { file: builtIn }));
    expect(copy).toMatchObject({ builtIn: false, criterionCount: 33, knockoutCount: 3 });
    expect(ok(t.app.invoke('templates.get', { templateId: copy.id }))).toEqual(builtIn);
  });

  it('refuses a criterion without a name, naming the field, and changes nothing', () => {
    const t = testApp();
    ok(t.app.invoke('templates.import', { file: handWritten() }));
    const listBefore = ok(t.app.invoke('templates.list', {}));
    const filesBefore = directoryHashes(templatesDir(t));
    const file = handWritten() as { pillars: { criteria: Record<string, unknown>[] }[] };
    file.pillars[0]!.criteria[1]!.name = { en: ' ', ja: '' };
    const err = failure(t.app.invoke('templates.import', { file }, { lang: 'en' }));
    expect(err).toMatchObject({ code: 'invalid_input', path: 'file.pillars[0].criteria[1].name' });
    expect(err.message).toBe('file.pillars[0].criteria[1].name: needs a name in at least one language or script');
    expect(ok(t.app.invoke('templates.list', {}))).toEqual(listBefore);
    expect(directoryHashes(templatesDir(t))).toEqual(filesBefore);
  });

  it('refuses a negative weight, in Japanese for a Japanese caller, and changes nothing', () => {
    const t = testApp();
    const file = handWritten() as { pillars: { criteria: Record<string, unknown>[] }[] };
    file.pillars[1]!.criteria[0]!.weight = -1;
    const err = failure(t.app.invoke('templates.import', { file }, { lang: 'ja' }));
    expect(err).toMatchObject({ code: 'invalid_input', path: 'file.pillars[1].criteria[0].weight' });
    expect(err.message).toMatch(/^file\.pillars\[1\]\.criteria\[0\]\.weight：/);
    expect(ok(t.app.invoke('templates.list', {})).filter((s) => !s.builtIn)).toEqual([]);
    expect(existsSync(templatesDir(t))).toBe(false);
  });

  it('refuses duplicate keys, a deal-room file and a newer format, each with its own message', () => {
    const t = testApp();
    const duplicate = handWritten() as { pillars: { criteria: { key: string }[] }[] };
    duplicate.pillars[1]!.criteria[0]!.key = 'accounts';
    expect(failure(t.app.invoke('templates.import', { file: duplicate }, { lang: 'en' }))).toMatchObject({
      path: 'file.pillars[1].criteria[0].key',
      problem: 'This value appears twice; each must be unique.',
    });
    const roomFile = failure(t.app.invoke('templates.import', { file: { format: 'shinrai.deal-room', version: 2 } }, { lang: 'en' }));
    expect(roomFile).toMatchObject({ code: 'invalid_input', path: 'file.format' });
    expect(roomFile.message).toContain('not a criteria template');
    const newer = failure(t.app.invoke('templates.import', { file: { ...handWritten(), version: 7 } }, { lang: 'en' }));
    expect(newer).toMatchObject({ code: 'rule_violation', path: 'file.version' });
    expect(newer.message).toContain('template format version 7; this version reads up to 1');
    expect(existsSync(templatesDir(t))).toBe(false);
  });

  it('says which template is missing', () => {
    const t = testApp();
    expect(failure(t.app.invoke('templates.get', { templateId: '../rooms/x' }, { lang: 'en' }))).toMatchObject({ code: 'not_found', path: 'templateId' });
  });
});

describe('templates.delete', () => {
  it('deletes a user template and its file', () => {
    const t = testApp();
    const saved = ok(t.app.invoke('templates.import', { file: handWritten() }));
    expect(ok(t.app.invoke('templates.delete', { templateId: saved.id }))).toEqual({ deleted: true });
    expect(ok(t.app.invoke('templates.list', {})).map((s) => s.id)).toEqual([GENERAL_DISTRIBUTOR_TEMPLATE_ID, MEDICAL_DISTRIBUTOR_TEMPLATE_ID]);
    expect(readdirSync(templatesDir(t))).toEqual([]);
    expect(failure(t.app.invoke('templates.delete', { templateId: saved.id }))).toMatchObject({ code: 'not_found', path: 'templateId' });
  });

  it('refuses to delete a built-in template, naming it in the caller’s language', () => {
    const t = testApp();
    const err = failure(t.app.invoke('templates.delete', { templateId: MEDICAL_DISTRIBUTOR_TEMPLATE_ID }, { lang: 'ja' }));
    expect(err).toMatchObject({ code: 'rule_violation', path: 'templateId' });
    expect(err.message).toContain('「日本の販売代理店（規制対象の医療製品）」はShinraiに組み込まれたテンプレート');
    expect(ok(t.app.invoke('templates.list', {}))).toHaveLength(2);
  });
});
