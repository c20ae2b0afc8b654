import { mergeCatalogues, messagesDa } from '@skranke/domain';
import { featureTextsDa } from '../features/texts';
import { appDa } from './app.da';
import { reportsDa } from './reports.da';

/**
 * Every Danish text, the default language, bundled with the app: the domain's messages and terms (which the server
 * uses too), the app shell's, the reports' and each case type's own.
 */
export const danish = { ...messagesDa, ...appDa, ...reportsDa, ...mergeCatalogues(Object.values(featureTextsDa)) };
