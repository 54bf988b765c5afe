/**
 * The candidate fields a long-list column can fill, in the order the mapping
 * form lists them, with the catalogue key of each field's label. The store
 * names a field in its row errors with the same label the form shows.
 */
import { z } from 'zod';
import { MAX_LONG_LIST_COLUMNS } from './long-list-limits';

export const LONG_LIST_FIELDS = [
  'nameJa',
  'nameLatin',
  'headquarters',
  'type',
  'website',
  'notes',
  'origin',
  'introducer',
  'firstContactOn',
  'statedIntent',
] as const;
export const LongListField = z.enum(LONG_LIST_FIELDS);
export type LongListField = z.infer<typeof LongListField>;

/** Keys in the longList namespace, named in full so that the catalogue check sees them used. */
export const LONG_LIST_FIELD_LABEL_KEYS: Record<LongListField, string> = {
  nameJa: 'longList:fields.nameJa',
  nameLatin: 'longList:fields.nameLatin',
  headquarters: 'longList:fields.headquarters',
  type: 'longList:fields.type',
  website: 'longList:fields.website',
  notes: 'longList:fields.notes',
  origin: 'longList:fields.origin',
  introducer: 'longList:fields.introducer',
  firstContactOn: 'longList:fields.firstContactOn',
  statedIntent: 'longList:fields.statedIntent',
};

const ColumnIndex = z.number().int().min(0).max(MAX_LONG_LIST_COLUMNS - 1);

/** Which column (0 = the first) fills which field; a field left out is not imported. */
export const LongListMapping = z.strictObject({
  nameJa: ColumnIndex.optional(),
  nameLatin: ColumnIndex.optional(),
  headquarters: ColumnIndex.optional(),
  type: ColumnIndex.optional(),
  website: ColumnIndex.optional(),
  notes: ColumnIndex.optional(),
  origin: ColumnIndex.optional(),
  introducer: ColumnIndex.optional(),
  firstContactOn: ColumnIndex.optional(),
  statedIntent: ColumnIndex.optional(),
} satisfies Record<LongListField, z.ZodOptional<typeof ColumnIndex>>);
export type LongListMapping = z.infer<typeof LongListMapping>;
