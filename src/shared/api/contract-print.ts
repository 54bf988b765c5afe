/**
 * Contract operation of issue 7 (executive output): the printed comparison
 * matrix as a PDF, made by headless Chromium from the same print document
 * the app previews. Nothing is written to the room.
 */
import { z } from 'zod';
import { Id } from '../domain/entities';
import { IsoDate } from '../domain/vetting';
import { PrintOptions } from '../print/print-options';
import { op } from './contract-op';

export const printOps = {
  'print.pdf': op(
    z.strictObject({
      dealRoomId: Id,
      options: PrintOptions.default(PrintOptions.parse({})),
      /** The date printed and the terms judged as of; today (where the app runs) when left out. */
      printDate: IsoDate.optional(),
    }),
    z.object({ fileName: z.string(), contentBase64: z.string(), pages: z.number().int().min(0), snapshotId: z.string() }),
  ),
} as const;
