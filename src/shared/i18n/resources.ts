/**
 * The catalogues, one namespace per area so that each area owns its file.
 * Japanese files are typed against the English ones: a key missing in either
 * language is a compile error.
 */
import { cli as cliEn } from './en/cli';
import { common as commonEn } from './en/common';
import { engine as engineEn } from './en/engine';
import { errors as errorsEn } from './en/errors';
import { analysis as analysisEn } from './en/analysis';
import { panel as panelEn } from './en/panel';
import { templates as templatesEn } from './en/templates';
import { ui as uiEn } from './en/ui';
import { cli as cliJa } from './ja/cli';
import { common as commonJa } from './ja/common';
import { engine as engineJa } from './ja/engine';
import { errors as errorsJa } from './ja/errors';
import { analysis as analysisJa } from './ja/analysis';
import { panel as panelJa } from './ja/panel';
import { templates as templatesJa } from './ja/templates';
import { ui as uiJa } from './ja/ui';

export const resources = {
  en: { common: commonEn, errors: errorsEn, engine: engineEn, ui: uiEn, cli: cliEn, panel: panelEn, analysis: analysisEn, templates: templatesEn },
  ja: { common: commonJa, errors: errorsJa, engine: engineJa, ui: uiJa, cli: cliJa, panel: panelJa, analysis: analysisJa, templates: templatesJa },
} as const;

export const namespaces = ['common', 'errors', 'engine', 'ui', 'cli', 'panel', 'analysis', 'templates'] as const;
export type Namespace = (typeof namespaces)[number];
