/**
 * Every key the renderer asks for exists in the ui catalogue (English, and so
 * Japanese, whose file is typed against it), and every key in the catalogue is
 * used: a missing key would show its raw name on screen, an unused one is text
 * nobody maintains. Keys are read from the source: t('…') literals, plus the
 * few built from a fixed list (`tabs.${section}`, `door.${reason}`, …).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../shared/i18n/resources';

/** The namespaces the renderer owns; each file picks one with useTranslation('…') (default ui). */
const RENDERER_NAMESPACES = ['ui', 'panel', 'analysis', 'templates', 'pipeline', 'longList', 'interviews', 'flags', 'evidence', 'exports', 'backups', 'portable', 'termsEditor', 'termsReview', 'print', 'audit', 'ringi', 'encryption'] as const;
type RendererNamespace = (typeof RENDERER_NAMESPACES)[number];
const isRendererNamespace = (ns: string): ns is RendererNamespace => (RENDERER_NAMESPACES as readonly string[]).includes(ns);
const root = __dirname;
const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

function leafKeys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? leafKeys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

const baseKey = (key: string) => PLURAL_SUFFIXES.reduce((k, s) => (k.endsWith(s) ? k.slice(0, -s.length) : k), key);

/** Keys built at run time from a closed set of values (see the files named). */
const DYNAMIC: Record<string, readonly string[]> = {
  'ui:tabs.': ['matrix', 'candidates', 'pipeline', 'interviews', 'flags', 'diligence', 'terms', 'criteria', 'evaluators', 'scoring', 'panel', 'analysis', 'circulation', 'history'], // section-tabs.tsx
  'audit:entities.': ['dealRoom', 'candidate', 'pillar', 'criterion', 'evaluator', 'score', 'consensus', 'conflict', 'dissent', 'weighting', 'signal', 'interviewItem', 'answer', 'flag', 'evidence', 'dueDiligence', 'termSheet', 'phase', 'milestone', 'trigger', 'termComment', 'proposal', 'proposalComment', 'decision'], // audit-values.ts
  'audit:kinds.': ['created', 'deleted', 'noted'], // audit-table.tsx
  'audit:chain.broken_': ['hash', 'link'], // chain-check.tsx
  'ui:door.': ['unreachable', 'session_expired', 'malformed_response'], // main.tsx, transport.ts
  'ui:language.': ['en', 'ja'], // language-switch.tsx
};

/** Keys as "namespace:key": a bare t('key') belongs to the file's useTranslation namespace. */
const usedKeys = new Set<string>();
for (const file of sourceFiles(root)) {
  const text = readFileSync(file, 'utf8');
  const fileNamespace = /useTranslation\(\s*'(\w+)'/.exec(text)?.[1] ?? 'ui';
  for (const m of text.matchAll(/\bt\(\s*'(?:(\w+):)?([a-zA-Z][\w.]*)'/g)) usedKeys.add(`${m[1] ?? fileNamespace}:${m[2]!}`);
}
for (const [prefix, values] of Object.entries(DYNAMIC)) for (const v of values) usedKeys.add(`${prefix}${v}`);
// The store and the shared code name an area's keys in full ("pipeline:errors.gate"),
// in DomainError and translator calls: those count as used too.
const sharedAndMain = [join(root, '..', 'main'), join(root, '..', 'shared')].flatMap(sourceFiles);
const qualified = new RegExp(`['\`](${RENDERER_NAMESPACES.join('|')}):([a-zA-Z][\\w.]*)['\`]`, 'g');
for (const file of sharedAndMain) for (const m of readFileSync(file, 'utf8').matchAll(qualified)) usedKeys.add(`${m[1]!}:${m[2]!}`);

describe.each(RENDERER_NAMESPACES)('the %s catalogue', (ns) => {
  const en = resources.en[ns];
  const ja = resources.ja[ns];
  const catalogue = new Set(leafKeys(en).map(baseKey));
  const usedHere = [...usedKeys].filter((k) => k.startsWith(`${ns}:`)).map((k) => k.slice(ns.length + 1));

  it('has every key the renderer uses', () => {
    expect(usedHere.filter((k) => !catalogue.has(k))).toEqual([]);
  });

  it('has no key the renderer never uses', () => {
    const used = new Set(usedHere);
    expect([...catalogue].filter((k) => !used.has(k))).toEqual([]);
  });

  it('has the same keys in Japanese, each translated', () => {
    expect(leafKeys(ja).sort()).toEqual(leafKeys(en).sort());
    const same = leafKeys(en).filter((k) => {
      const get = (o: object) => k.split('.').reduce<unknown>((x, part) => (x as Record<string, unknown>)[part], o);
      const a = get(en);
      return a === get(ja) && typeof a === 'string' && /[a-z]{3,}/i.test(a);
    });
    // Language names are written in their own script in both catalogues.
    // The ± spread mark reads the same in both.
    expect(same).toEqual(ns === 'ui' ? ['language.en', 'matrix.spreadShort'] : []);
  });
});

it('every namespace a renderer file names is one the renderer owns or shares', () => {
  const named = [...usedKeys].map((k) => k.split(':')[0]!);
  expect(named.filter((ns) => !isRendererNamespace(ns) && !['common', 'errors', 'engine'].includes(ns))).toEqual([]);
});
