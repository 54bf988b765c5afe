import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInTemplate, GENERAL_DISTRIBUTOR_TEMPLATE_ID } from '../../shared/templates/built-in-templates';
import type { LogLine } from './test-data-dir';
import { makeTempDir, removeDir } from './test-data-dir';
import { isUserTemplateId, openTemplateStore } from './template-store';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

function store() {
  const dir = makeTempDir('shinrai-templates-');
  dirs.push(dir);
  const logs: LogLine[] = [];
  return { dir, logs, templates: openTemplateStore(dir, (level, message, detail) => logs.push({ level, message, detail })) };
}

describe('the template store', () => {
  it('writes one JSON file per template, with nothing left beside it, and reads it back', () => {
    const { dir, templates } = store();
    const file = builtInTemplate(GENERAL_DISTRIBUTOR_TEMPLATE_ID)!;
    const saved = templates.add(file);
    expect(isUserTemplateId(saved.id)).toBe(true);
    expect(readdirSync(join(dir, 'templates'))).toEqual([`${saved.id}.json`]);
    expect(JSON.parse(readFileSync(join(dir, 'templates', `${saved.id}.json`), 'utf8'))).toEqual(file);
    expect(templates.read(saved.id)).toEqual({ status: 'ok', template: { id: saved.id, file } });
    expect(templates.list().map((t) => t.id)).toEqual([saved.id]);
  });

  it('never turns an id that is not a UUID into a path', () => {
    const { dir, templates } = store();
    templates.add(builtInTemplate(GENERAL_DISTRIBUTOR_TEMPLATE_ID)!);
    writeFileSync(join(dir, 'templates', 'notes.json'), '{}');
    for (const id of ['../settings', 'notes', GENERAL_DISTRIBUTOR_TEMPLATE_ID, '']) {
      expect(templates.read(id)).toEqual({ status: 'missing' });
      expect(templates.remove(id)).toBe(false);
    }
    // A stray file that no template id can name is neither listed nor touched.
    expect(templates.list()).toHaveLength(1);
    expect(readdirSync(join(dir, 'templates'))).toContain('notes.json');
  });

  it('reports a damaged file as unreadable and logs it when listing', () => {
    const { dir, logs, templates } = store();
    const good = templates.add(builtInTemplate(GENERAL_DISTRIBUTOR_TEMPLATE_ID)!);
    const damagedId = '9f1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
    writeFileSync(join(dir, 'templates', `${damagedId}.json`), JSON.stringify({ format: 'shinrai.criteria-template', version: 1, name: { en: 'x' }, pillars: [{ key: 'p', name: { en: 'P' }, weight: -1, criteria: [] }] }));
    expect(templates.read(damagedId)).toEqual({ status: 'unreadable', detail: 'pillars[0].weight: Too small: expected number to be >=0' });
    expect(templates.list().map((t) => t.id)).toEqual([good.id]);
    expect(logs).toHaveLength(1);
    expect(logs[0]!.message).toContain(`${damagedId}.json cannot be read`);
    expect(templates.remove(damagedId)).toBe(true);
    expect(templates.read(damagedId)).toEqual({ status: 'missing' });
  });

  it('refuses to write an invalid template', () => {
    const { dir, templates } = store();
    const file = builtInTemplate(GENERAL_DISTRIBUTOR_TEMPLATE_ID)!;
    file.pillars[0]!.weight = -2;
    expect(() => templates.add(file)).toThrow();
    expect(() => readdirSync(join(dir, 'templates'))).toThrow();
  });
});
