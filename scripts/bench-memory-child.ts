/**
 * The memory case's own process (started by scripts/bench-memory.ts with
 * `node --expose-gc --import tsx`), so that nothing the rest of the bench
 * allocated is counted. Usage: bench-memory-child.ts <data folder> <rooms>.
 *
 * It imports the rooms through the contract with one app, closes it, then
 * opens a second app on the folder and, as the renderer does when a room is
 * chosen, reads each room whole (dealRooms.get) and analyses it, one room
 * after another. After each: two full collections, then the process's
 * memory. Each figure is one JSON line on stdout for the parent to print.
 */
import { z } from 'zod';
import { createApp } from '../src/main/app';
import { analyseDealRoom } from '../src/shared/engine/analyse-deal-room';
import { MEMORY_ROOM_CANDIDATES, memoryRoomName, type MemorySample } from './bench-memory-rooms';
import { longListDealRoomFile } from './synthetic-deal-room';

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc: the figures are only meaningful after a full collection');
  // Twice: the first pass can leave objects whose finalisers release more.
  gc();
  gc();
}

function main(): void {
  const args = z.tuple([z.string().min(1), z.coerce.number().int().min(1).max(100)]).parse(process.argv.slice(2));
  const [dataDir, rooms] = args;

  const importer = createApp({ dataDir, seedSample: false });
  const ids: string[] = [];
  try {
    for (let i = 0; i < rooms; i++) {
      const file = longListDealRoomFile(MEMORY_ROOM_CANDIDATES, 100 + i);
      const imported = importer.invoke('dealRooms.import', { file: { ...file, dealRoom: { ...file.dealRoom, name: memoryRoomName(i) } } });
      if (!imported.ok) throw new Error(imported.error.message);
      ids.push(imported.value.id);
    }
  } finally {
    importer.close();
  }

  const app = createApp({ dataDir, seedSample: false });
  try {
    ids.forEach((dealRoomId, i) => {
      const got = app.invoke('dealRooms.get', { dealRoomId });
      if (!got.ok) throw new Error(got.error.message);
      analyseDealRoom(got.value);
      collect();
      const usage = process.memoryUsage();
      const sample: MemorySample = { room: i + 1, heapUsed: usage.heapUsed, external: usage.external, rss: usage.rss };
      process.stdout.write(`${JSON.stringify(sample)}\n`);
    });
  } finally {
    app.close();
  }
}

main();
