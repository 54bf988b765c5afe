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
import { ui as en } from '../shared/i18n/en/ui';
import { ui as ja } from '../shared/i18n/ja/ui';

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
  'tabs.': ['matrix', 'candidates', 'criteria', 'scoring', 'evaluators'], // section-tabs.tsx
  'door.': ['unreachable', 'session_expired', 'malformed_response'], // main.tsx, transport.ts
  'language.': ['en', 'ja'], // language-switch.tsx
};

const sources = sourceFiles(root).map((f) => readFileSync(f, 'utf8'));
const literalKeys = new Set<string>();
for (const text of sources) {
  for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) literalKeys.add(m[1]!);
  for (const m of text.matchAll(/\bt\(\s*`ui:([a-zA-Z][\w.]*)\$\{/g)) literalKeys.add(`${m[1]!}*`);
}
const usedKeys = new Set<string>([...literalKeys].filter((k) => !k.endsWith('*')));
for (const [prefix, values] of Object.entries(DYNAMIC)) for (const v of values) usedKeys.add(`${prefix}${v}`);

describe('the ui catalogue', () => {
  const catalogue = new Set(leafKeys(en).map(baseKey));

  it('has every key the renderer uses', () => {
    const missing = [...usedKeys].filter((k) => !k.startsWith('common:') && !catalogue.has(k));
    expect(missing).toEqual([]);
  });

  it('has no key the renderer never uses', () => {
    const unused = [...catalogue].filter((k) => !usedKeys.has(k));
    expect(unused).toEqual([]);
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
    expect(same).toEqual(['language.en', 'matrix.spreadShort']);
  });
});
