/**
 * Scopes as sets. A Scope (src/shared/domain/terms.ts) is a box: territory ×
 * channels × segments × products. Territory is compared as the set of places
 * it expands to (a region means its prefectures, `JP` all 47); for the other
 * three dimensions an empty list means "every". Labels are trimmed and
 * compared exactly (case matters: "ICU" and "icu" are two segments).
 *
 * Subtraction and "every": the difference a \ b is returned as disjoint boxes.
 * Where a dimension of `a` is "every" and `b` lists some labels, the exact
 * difference would be "every label except those", which a Scope cannot say.
 * The rule: such a piece lists, explicitly, every KNOWN label of that
 * dimension other than b's — the built-in channels plus the labels of the
 * `universe` the caller passes (the evaluation passes every label its term
 * sheet uses). Labels nobody has named yet fall on b's side. When no known
 * label is left, the piece is dropped. Where both sides list labels, the
 * difference is exact.
 */
import type { Language } from '../domain/entities';
import type { Scope } from '../domain/terms';
import { translator } from '../i18n/translator';
import { BUILT_IN_CHANNELS, channelLabel } from './channels';
import { JAPAN, JAPAN_REGIONS, PREFECTURES, expandTerritory, foldTerritory, placeName, prefecture } from './japan-geography';

type LabelDimension = 'channels' | 'segments' | 'products';
const LABEL_DIMENSIONS: readonly LabelDimension[] = ['channels', 'segments', 'products'];

/** Labels known to exist in each free dimension, for "every except …" (see the header). */
export interface ScopeUniverse {
  channels: readonly string[];
  segments: readonly string[];
  products: readonly string[];
}

function distinct(labels: readonly string[]): string[] {
  return [...new Set(labels.map((l) => l.trim()).filter((l) => l !== ''))];
}

/** The scope with territory folded and labels trimmed and de-duplicated: equal sets give equal values. */
export function normalizeScope(scope: Scope): Scope {
  return {
    territory: foldTerritory(scope.territory),
    channels: distinct(scope.channels),
    segments: distinct(scope.segments),
    products: distinct(scope.products),
  };
}

/** Every label the scopes name, per dimension (channels also include the built-in ones). */
export function scopeUniverse(scopes: Iterable<Scope>): ScopeUniverse {
  const u = { channels: new Set(BUILT_IN_CHANNELS.map((c) => c.key)), segments: new Set<string>(), products: new Set<string>() };
  for (const s of scopes) for (const d of LABEL_DIMENSIONS) for (const l of distinct(s[d])) u[d].add(l);
  return { channels: [...u.channels], segments: [...u.segments], products: [...u.products] };
}

/** a ∩ b on one label dimension: null when nothing is shared; [] = every. */
function intersectLabels(a: readonly string[], b: readonly string[]): string[] | null {
  const da = distinct(a);
  const db = distinct(b);
  if (da.length === 0) return db;
  if (db.length === 0) return da;
  const inB = new Set(db);
  const shared = da.filter((l) => inB.has(l));
  return shared.length > 0 ? shared : null;
}

/** a \ b on one label dimension, as an explicit list (empty: nothing left), by the header's rule for "every". */
function subtractLabels(a: readonly string[], b: readonly string[], known: readonly string[]): string[] {
  const da = distinct(a);
  const db = new Set(distinct(b));
  if (db.size === 0) return [];
  const from = da.length > 0 ? da : distinct(known);
  return from.filter((l) => !db.has(l));
}

function intersectPlaces(a: readonly string[], b: readonly string[]): string[] {
  const inB = expandTerritory(b);
  return [...expandTerritory(a)].filter((p) => inB.has(p));
}

/** The part both scopes cover, or null when any dimension has nothing in common. */
export function intersectScopes(a: Scope, b: Scope): Scope | null {
  const territory = intersectPlaces(a.territory, b.territory);
  if (territory.length === 0) return null;
  const out: Scope = { territory: foldTerritory(territory), channels: [], segments: [], products: [] };
  for (const d of LABEL_DIMENSIONS) {
    const shared = intersectLabels(a[d], b[d]);
    if (shared === null) return null;
    out[d] = shared;
  }
  return out;
}

export function scopesOverlap(a: Scope, b: Scope): boolean {
  return intersectScopes(a, b) !== null;
}

/**
 * a \ b as disjoint boxes, none overlapping b (the usual slicing: the first
 * piece is a's territory outside b; the next keeps the shared territory and
 * takes a's channels outside b; and so on). Returns [a] when they do not
 * overlap and [] when b covers a. See the header for "every" minus a list.
 */
export function subtractScope(a: Scope, b: Scope, universe?: ScopeUniverse): Scope[] {
  const shared = intersectScopes(a, b);
  if (shared === null) return [normalizeScope(a)];
  const known = universe ?? scopeUniverse([a, b]);
  const pieces: Scope[] = [];
  const outsideTerritory = [...expandTerritory(a.territory)].filter((p) => !expandTerritory(b.territory).has(p));
  if (outsideTerritory.length > 0) {
    pieces.push({ territory: foldTerritory(outsideTerritory), channels: distinct(a.channels), segments: distinct(a.segments), products: distinct(a.products) });
  }
  for (const [i, d] of LABEL_DIMENSIONS.entries()) {
    const rest = subtractLabels(a[d], b[d], known[d]);
    if (rest.length === 0) continue;
    const piece: Scope = { territory: shared.territory, channels: [], segments: [], products: [] };
    for (const [j, other] of LABEL_DIMENSIONS.entries()) {
      piece[other] = j < i ? shared[other] : j === i ? rest : distinct(a[other]);
    }
    pieces.push(piece);
  }
  return pieces;
}

/** Whether two scopes cover exactly the same places and labels. */
export function sameScope(a: Scope, b: Scope): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(s: Scope): Scope {
  const n = normalizeScope(s);
  return { territory: n.territory, channels: [...n.channels].sort(), segments: [...n.segments].sort(), products: [...n.products].sort() };
}

const listLocales: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP' };

/** "A, B and C" / 「A、B、C」: a list joined the way the reader's language joins one. */
export function joinList(items: readonly string[], lang: Language): string {
  return new Intl.ListFormat(listLocales[lang], { type: 'conjunction', style: 'long' }).format(items);
}

/** A region or all of Japan missing only a few prefectures reads better as "Kinki except Osaka". */
const MOST_EXCEPT_AT_MOST = { region: 2, japan: 3 };

function describeTerritory(codes: readonly string[], lang: Language): string {
  const t = translator(lang);
  const folded = foldTerritory(codes);
  const places = expandTerritory(folded);
  const parts: string[] = [];
  const except = (place: string, missing: string[]) =>
    t('terms:scope.placeExcept', { place: placeName(place, lang), names: joinList(missing.map((m) => placeName(m, lang)), lang) });
  const missingInJapan = PREFECTURES.filter((p) => !places.has(p.code)).map((p) => p.code);
  if (missingInJapan.length > 0 && missingInJapan.length <= MOST_EXCEPT_AT_MOST.japan) {
    parts.push(except(JAPAN, missingInJapan));
    for (const c of folded) if (!prefecture(c) && !JAPAN_REGIONS.some((r) => r.code === c)) parts.push(placeName(c, lang));
    return joinList(parts, lang);
  }
  const done = new Set<string>();
  for (const code of folded) {
    if (done.has(code)) continue;
    const p = prefecture(code);
    const r = p && JAPAN_REGIONS.find((x) => x.code === p.region);
    if (r) {
      const present = r.prefectures.filter((x) => places.has(x));
      const missing = r.prefectures.filter((x) => !places.has(x));
      if (missing.length <= MOST_EXCEPT_AT_MOST.region && present.length > missing.length && present.length >= 3) {
        parts.push(except(r.code, missing));
        for (const x of present) done.add(x);
        continue;
      }
    }
    parts.push(placeName(code, lang));
  }
  return joinList(parts, lang);
}

/** Channels listed nearly in full read as "all channels except …". */
const ALL_CHANNELS_EXCEPT_AT_MOST = 3;

function describeChannels(channels: readonly string[], lang: Language): string {
  const t = translator(lang);
  const listed = distinct(channels);
  if (listed.length === 0) return t('terms:scope.allChannels');
  const missing = BUILT_IN_CHANNELS.filter((c) => !listed.includes(c.key));
  if (missing.length > 0 && missing.length <= ALL_CHANNELS_EXCEPT_AT_MOST) {
    return t('terms:scope.allChannelsExcept', { names: joinList(missing.map((c) => c[lang]), lang) });
  }
  return joinList(
    listed.map((c) => channelLabel(c, lang)),
    lang,
  );
}

/**
 * A scope in words: "Kinki, hospitals and clinics, cardiac monitors" /
 * 「近畿・病院、診療所・心電計」. Channels always appear ("all channels" when
 * every one); segments and products only when listed.
 */
export function describeScope(scope: Scope, lang: Language): string {
  const t = translator(lang);
  const parts = [describeTerritory(scope.territory, lang), describeChannels(scope.channels, lang)];
  const segments = distinct(scope.segments);
  const products = distinct(scope.products);
  if (segments.length > 0) parts.push(joinList(segments, lang));
  if (products.length > 0) parts.push(joinList(products, lang));
  return parts.join(t('terms:scope.separator'));
}
