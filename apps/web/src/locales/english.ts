import { mergeCatalogues, messagesEn } from '@skranke/domain';
import { featureTextsEn } from '../features/texts.en';
import { appEn } from './app.en';
import { reportsEn } from './reports.en';

/** Every English text: its own chunk, which `i18n.ts` loads only when English is chosen (Danish is the default). */
export const english = { ...messagesEn, ...appEn, ...reportsEn, ...mergeCatalogues(Object.values(featureTextsEn)) };
