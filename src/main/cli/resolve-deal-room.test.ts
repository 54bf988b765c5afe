import { describe, expect, it } from 'vitest';
import type { DealRoomSummary } from '../../shared/domain/entities';
import { translator } from '../../shared/i18n/translator';
import { resolveDealRoom } from './resolve-deal-room';
import { CliError, cliErrorText } from './usage-error';

function room(id: string, name: string): DealRoomSummary {
  return { id, name, productLine: '', targetMarket: '', archived: false, updatedAt: '2027-01-05T10:00:00Z', candidateCount: 3, comparedCount: 3, encryption: 'none' };
}

const rooms = [
  room('r-aoba', 'Aoba distribution 2027'),
  room('r-kansai', 'Kansai pilot'),
  room('r-kansai-2', 'Kansai pilot (copy)'),
  room('r-ja', '東北エリア販売代理店'),
];

function errorOf(query: string, list = rooms): string {
  try {
    resolveDealRoom(list, query);
  } catch (err) {
    if (err instanceof CliError) return cliErrorText(err, translator('en'));
    throw err;
  }
  throw new Error(`expected "${query}" to be refused`);
}

describe('resolveDealRoom', () => {
  it('finds a deal-room by id first', () => {
    expect(resolveDealRoom(rooms, 'r-kansai-2').id).toBe('r-kansai-2');
  });

  it('finds one by its whole name, ignoring case and full/half width', () => {
    expect(resolveDealRoom(rooms, 'kansai PILOT').id).toBe('r-kansai');
    expect(resolveDealRoom(rooms, 'ＡＯＢＡ　distribution　２０２７').id).toBe('r-aoba');
    expect(resolveDealRoom(rooms, '東北エリア販売代理店').id).toBe('r-ja');
  });

  it('finds one by a part of its name when only one matches', () => {
    expect(resolveDealRoom(rooms, 'aoba').id).toBe('r-aoba');
    expect(resolveDealRoom(rooms, '東北').id).toBe('r-ja');
    expect(resolveDealRoom(rooms, '(copy)').id).toBe('r-kansai-2');
  });

  it('lists the matches when a part names several', () => {
    expect(errorOf('kansai')).toBe('"kansai" matches more than one deal-room. Name one by its id:\n  r-kansai  Kansai pilot\n  r-kansai-2  Kansai pilot (copy)');
  });

  it('lists every deal-room when nothing matches', () => {
    expect(errorOf('Hokkaido')).toBe(
      'No deal-room matches "Hokkaido". These are the deal-rooms:\n  r-aoba  Aoba distribution 2027\n  r-kansai  Kansai pilot\n  r-kansai-2  Kansai pilot (copy)\n  r-ja  東北エリア販売代理店',
    );
    expect(errorOf('anything', [])).toBe('No deal-room matches "anything": the data folder has no deal-rooms yet.');
  });
});
