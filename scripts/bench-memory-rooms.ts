/**
 * What the memory case's two processes agree on: the rooms' size and names,
 * and the shape of one memory sample (checked with zod where the parent reads
 * it back from the child's output).
 */
import { z } from 'zod';

/** Candidates per room: a long list of a few hundred firms, 5 compared, 5 × 8 criteria, 4 evaluators. */
export const MEMORY_ROOM_CANDIDATES = 300;

export const MemorySample = z.strictObject({
  room: z.number().int().min(1),
  heapUsed: z.number(),
  external: z.number(),
  rss: z.number(),
});
export type MemorySample = z.infer<typeof MemorySample>;

/** Distinct names, so the renderer half can tell from the matrix caption which room is open. */
export function memoryRoomName(index: number): string {
  return `Memory bench room ${String(index + 1).padStart(2, '0')}`;
}
