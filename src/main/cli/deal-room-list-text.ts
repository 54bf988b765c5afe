/** `list` as a table: one line per deal-room, archived ones after the active, names sorted for the reader's language. */
import type { DealRoomSummary, Language } from '../../shared/domain/entities';
import { collator } from '../../shared/i18n/format';
import { translator } from '../../shared/i18n/translator';
import { renderTable, type TableColumn } from './text-table';

const LOCALES: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP' };

function formatDate(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function dealRoomListText(rooms: readonly DealRoomSummary[], dataDir: string, lang: Language): string[] {
  const t = translator(lang);
  if (rooms.length === 0) return [t('cli:list.empty', { dir: dataDir })];
  const order = collator(lang);
  const sorted = [...rooms].sort((a, b) => Number(a.archived) - Number(b.archived) || order.compare(a.name, b.name));
  const c = (key: string) => t(`cli:list.columns.${key}`);
  const columns: TableColumn[] = [
    { align: 'left', maxWidth: 48 },
    { align: 'left', maxWidth: 28 },
    { align: 'left', maxWidth: 24 },
    { align: 'right' },
    { align: 'left' },
    { align: 'left' },
    { align: 'left' },
  ];
  const header = [[c('name'), c('productLine'), c('targetMarket'), c('compared'), c('status'), c('updated'), c('id')]];
  const rows = sorted.map((r) => [
    r.name,
    r.productLine,
    r.targetMarket,
    r.problem ? '' : t('cli:list.comparedOf', { compared: r.comparedCount, total: r.candidateCount }),
    r.problem ? t('cli:list.unavailable') : r.archived ? t('cli:list.archived') : t('cli:list.active'),
    r.problem ? '' : formatDate(r.updatedAt, lang),
    r.id,
  ]);
  const out = renderTable(columns, header, rows);
  const broken = sorted.filter((r) => r.problem);
  if (broken.length > 0) {
    out.push('', t('cli:list.problemsHeading'));
    for (const r of broken) out.push(`  ${t('cli:list.problem', { name: r.name || r.id, problem: r.problem })}`);
  }
  return out;
}
