import { messagesDa } from '@skranke/domain';
import { appDa } from './app.da';
import { reportsDa } from './reports.da';
import { staffDa } from './staff.da';

/**
 * Every Danish text, the default language, bundled with the app: the domain's messages and words (which the server
 * uses too; each case type's screen texts among them), the app shell's, the reports' and the admins' pages'.
 */
export const danish = { ...messagesDa, ...appDa, ...reportsDa, ...staffDa };
