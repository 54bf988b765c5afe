/**
 * The sales channels Shinrai knows by key, in English and Japanese. A room
 * can add channels of its own: those are free labels, kept and shown as
 * typed. English names are lower case because they sit inside sentences
 * ("Exclusive in Kinki, hospitals, …"); a heading capitalises them in CSS.
 */
import type { Language } from '../domain/entities';

export interface BuiltInChannel {
  key: string;
  en: string;
  ja: string;
}

export const BUILT_IN_CHANNELS: readonly BuiltInChannel[] = [
  { key: 'hospitals', en: 'hospitals', ja: '病院' },
  { key: 'clinics', en: 'clinics', ja: '診療所' },
  { key: 'dental_clinics', en: 'dental clinics', ja: '歯科診療所' },
  { key: 'pharmacies', en: 'dispensing pharmacies', ja: '調剤薬局' },
  { key: 'drugstores', en: 'drugstores', ja: 'ドラッグストア' },
  { key: 'retail', en: 'retail', ja: '小売' },
  { key: 'e_commerce', en: 'e-commerce', ja: 'EC（ネット販売）' },
  { key: 'wholesale', en: 'wholesale', ja: '卸売' },
  { key: 'government', en: 'public sector', ja: '官公庁・自治体' },
  { key: 'home_care', en: 'home care', ja: '在宅医療・介護' },
  { key: 'corporate', en: 'corporate customers', ja: '法人顧客' },
  { key: 'research_institutes', en: 'research institutes', ja: '研究機関' },
];

const byKey = new Map(BUILT_IN_CHANNELS.map((c) => [c.key, c]));

export function isBuiltInChannel(channel: string): boolean {
  return byKey.has(channel);
}

/** A channel's name: a built-in key in the reader's language, a room's own label as it was typed. */
export function channelLabel(channel: string, lang: Language): string {
  return byKey.get(channel)?.[lang] ?? channel;
}
