/** What every part of the contract (src/shared/api/contract*.ts) builds with. */
import { z } from 'zod';
import { LongText } from '../domain/primitives';

/** One operation: its zod input and output. */
export function op<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

/** What a delete returns. */
export const Deleted = z.object({ deleted: z.literal(true) });

/** Text a person must write: not empty once trimmed (worded by the 'note_required' rule). */
export const RequiredNote = LongText.refine((t) => t.trim() !== '', { message: 'a note is required', params: { rule: 'note_required' } });
