/** Contract operations of issue 7 (executive output): the portable deal-room file, to send a room with its evidence files. */
import { z } from 'zod';
import { DealRoom, Id } from '../domain/entities';
import { MAX_PORTABLE_BYTES } from '../domain/portable-file';
import { op } from './contract-op';

/** The base64 text of a file within the size limit (4 characters for every 3 bytes, and padding). */
const PortableContent = z.base64().max(Math.ceil(MAX_PORTABLE_BYTES / 3) * 4 + 4);

const PortableCounts = z.object({
  candidates: z.number().int(),
  criteria: z.number().int(),
  evaluators: z.number().int(),
  scores: z.number().int(),
  answers: z.number().int(),
  flags: z.number().int(),
  dueDiligence: z.number().int(),
  evidenceFiles: z.number().int(),
});

export const portableOps = {
  /** The room with its evidence files, as one "<room>.shinrai-room" zip. */
  'portable.export': op(z.strictObject({ dealRoomId: Id }), z.object({ fileName: z.string(), contentBase64: z.string() })),
  /**
   * Checks a portable file whole and says what it holds, changing nothing:
   * `problems` lists everything that stops it from being opened, worded in
   * the caller's language; a room already named the same is named, so the
   * person can choose to replace it.
   */
  'portable.inspect': op(
    z.strictObject({ contentBase64: PortableContent }),
    z.object({
      roomName: z.string(),
      exportedAt: z.string().nullable(),
      appVersion: z.string(),
      counts: PortableCounts,
      problems: z.array(z.string()),
      existingRoomWithSameName: z.object({ id: Id, name: z.string() }).optional(),
    }),
  ),
  /**
   * Opens a portable file as a new deal-room with its evidence, all or
   * nothing. 'replace' also deletes the room named by replaceRoomId, once the
   * new one is complete; it is never implied.
   */
  'portable.import': op(
    z.strictObject({ contentBase64: PortableContent, mode: z.enum(['new', 'replace']).default('new'), replaceRoomId: Id.optional() }),
    DealRoom,
  ),
} as const;
