/**
 * The building blocks every record schema uses (ids, texts, timestamps). In
 * their own module so that entities.ts and the area modules it includes
 * (vetting.ts) can both import them without an import cycle.
 */
import { z } from 'zod';

/** Identifiers are opaque strings (UUIDs from the store, short keys in files). */
export const Id = z.string().min(1).max(100);
export type Id = z.infer<typeof Id>;

/** Free text a person types: any script (Japanese included), bounded in size. */
export const ShortText = z.string().trim().max(200);
export const LongText = z.string().max(20_000);
/** A name that must not be empty once trimmed. */
export const Name = z.string().trim().min(1).max(200);

export const IsoDateTime = z.iso.datetime({ offset: true });
