/**
 * The page a browser gets without the session cookie: in both languages,
 * because the server cannot know which one the person reads before they are
 * let in, and with nothing that would help a stranger (no data, no key).
 */
import type { Language } from '../../shared/domain/entities';
import { translator } from '../../shared/i18n/translator';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function section(lang: Language): string {
  const t = translator(lang);
  return `<section lang="${lang}"><h1>${escapeHtml(t('cli:server.unauthorized.title'))}</h1><p>${escapeHtml(t('cli:server.unauthorized.body'))}</p></section>`;
}

export function unauthorizedPage(): string {
  const title = `${translator('en')('cli:server.unauthorized.title')} / ${translator('ja')('cli:server.unauthorized.title')}`;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.6;color:#1f2933}h1{font-size:1.25rem}section+section{border-top:1px solid #d9dee3;margin-top:2rem;padding-top:1rem}</style>',
    '</head><body>',
    section('en'),
    section('ja'),
    '</body></html>',
  ].join('\n');
}
