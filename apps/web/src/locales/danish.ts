import { messages } from '@skranke/domain';
import { da } from './da';
import { complaintsDa } from './complaints';
import { exemptionsDa } from './exemptions';
import { codesDa } from './codes';
import { reportsDa } from './reports';

/** Every Danish text, the default language: bundled with the app. The domain's messages translate API answers. */
export const danish = { ...messages.da, ...da, ...complaintsDa, ...exemptionsDa, ...codesDa, ...reportsDa };
