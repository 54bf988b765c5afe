/**
 * The criteria template library: the built-in templates that ship with
 * Shinrai and the ones users saved from a deal-room or imported from a file.
 * Templates are files beside the deal-rooms, not rows inside one, so they
 * outlive any room and can be passed between colleagues.
 */
import type { CallContext, Handlers } from '../../shared/api/contract';
import { CRITERIA_TEMPLATE_VERSION, CriteriaTemplateFile, type TemplateSummary } from '../../shared/domain/criteria-template';
import { DEAL_ROOM_FILE_FORMAT } from '../../shared/domain/deal-room-file';
import { collator } from '../../shared/i18n/format';
import { builtInTemplate, builtInTemplates, isBuiltInTemplateId } from '../../shared/templates/built-in-templates';
import { newerTemplateVersion } from '../../shared/templates/newer-template-version';
import { textIn } from '../../shared/templates/room-content-from-template';
import { templateFromRoom } from '../../shared/templates/template-from-room';
import { summariseTemplate } from '../../shared/templates/template-summary';
import type { DataDir } from '../store/data-dir';
import { openTemplateStore, type TemplateStore } from '../store/template-store';
import { DomainError, NestedValidationError } from './domain-error';
import { openRoom } from './room-access';

type TemplateOps = 'templates.list' | 'templates.get' | 'templates.saveFromRoom' | 'templates.import' | 'templates.delete';

export function templatesOf(store: DataDir): TemplateStore {
  return openTemplateStore(store.dir, store.log);
}

/**
 * The template with this id, built-in or saved; a not-found error naming
 * `path` when there is none, and a worded error when its file is damaged.
 */
export function requireTemplate(store: DataDir, id: string, path: string): CriteriaTemplateFile {
  const builtIn = builtInTemplate(id);
  if (builtIn) return builtIn;
  const read = templatesOf(store).read(id);
  if (read.status === 'ok') return read.template.file;
  if (read.status === 'unreadable') {
    store.log('warn', `criteria template ${id} cannot be read`, read.detail);
    throw new DomainError('unreadable_database', 'template.unreadable', { id, detail: read.detail }, path);
  }
  throw new DomainError('not_found', 'notFound.template', { id }, path);
}

function userTemplatesByName(templates: TemplateStore, ctx: CallContext): TemplateSummary[] {
  const byName = collator(ctx.lang);
  return templates
    .list()
    .map((t) => summariseTemplate(t.id, false, t.file))
    .sort((a, b) => byName.compare(textIn(a.name, ctx.lang), textIn(b.name, ctx.lang)) || a.id.localeCompare(b.id));
}

export function templateHandlers(store: DataDir): Pick<Handlers, TemplateOps> {
  return {
    // Built-ins first, in the order they ship; the user's own after them, by name.
    'templates.list': (_input, ctx) => [
      ...builtInTemplates().map((t) => summariseTemplate(t.id, true, t.file)),
      ...userTemplatesByName(templatesOf(store), ctx),
    ],

    'templates.get': ({ templateId }) => requireTemplate(store, templateId, 'templateId'),

    'templates.saveFromRoom': ({ dealRoomId, nameEn, nameJa, description }, ctx) => {
      const detail = openRoom(store, dealRoomId, ctx).detail();
      if (detail.pillars.length === 0) throw new DomainError('rule_violation', 'template.nothingToSave', {}, 'dealRoomId');
      const file = templateFromRoom(detail, ctx.lang, { name: { en: nameEn, ja: nameJa }, description });
      // A room can outgrow what a template file allows (more than 50 pillars, say): say which part.
      const parsed = CriteriaTemplateFile.safeParse(file);
      if (!parsed.success) throw new NestedValidationError(parsed.error, file, []);
      const saved = templatesOf(store).add(parsed.data);
      return summariseTemplate(saved.id, false, saved.file);
    },

    'templates.import': ({ file }) => {
      if (file !== null && typeof file === 'object' && (file as { format?: unknown }).format === DEAL_ROOM_FILE_FORMAT)
        throw new DomainError('invalid_input', 'template.isDealRoomFile', {}, 'file.format');
      const newer = newerTemplateVersion(file);
      if (newer !== null)
        throw new DomainError('rule_violation', 'template.newerFile', { found: newer, supported: CRITERIA_TEMPLATE_VERSION }, 'file.version');
      const parsed = CriteriaTemplateFile.safeParse(file);
      // The message names the field inside the document: "file.pillars[0].criteria[2].weight".
      if (!parsed.success) throw new NestedValidationError(parsed.error, file, ['file']);
      const saved = templatesOf(store).add(parsed.data);
      return summariseTemplate(saved.id, false, saved.file);
    },

    'templates.delete': ({ templateId }, ctx) => {
      if (isBuiltInTemplateId(templateId)) {
        const builtIn = builtInTemplate(templateId);
        if (!builtIn) throw new DomainError('not_found', 'notFound.template', { id: templateId }, 'templateId');
        throw new DomainError('rule_violation', 'template.builtIn', { name: textIn(builtIn.name, ctx.lang) }, 'templateId');
      }
      if (!templatesOf(store).remove(templateId)) throw new DomainError('not_found', 'notFound.template', { id: templateId }, 'templateId');
      return { deleted: true };
    },
  };
}
