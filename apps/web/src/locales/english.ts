import { messages } from '@skranke/domain';
import { en } from './en';
import { complaintsEn } from './complaints.en';
import { exemptionsEn } from './exemptions.en';
import { codesEn } from './codes.en';
import { reportsEn } from './reports.en';

/** Every English text: its own chunk, which `i18n.ts` loads only when English is chosen (Danish is the default). */
export const english = { ...messages.en, ...en, ...complaintsEn, ...exemptionsEn, ...codesEn, ...reportsEn };
