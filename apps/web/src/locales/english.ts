import { messagesEn } from '@skranke/domain';
import { appEn } from './app.en';
import { reportsEn } from './reports.en';
import { staffEn } from './staff.en';

/** Every English text: its own chunk, which `i18n.ts` loads only when English is chosen (Danish is the default). */
export const english = { ...messagesEn, ...appEn, ...reportsEn, ...staffEn };
