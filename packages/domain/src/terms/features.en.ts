/** Each case type's words in English, one line each; `english.ts` checks them against the Danish. */
export { en as citizens } from './citizens.en.js';
export { en as visits } from './visits.en.js';
export { en as complaints } from './complaints.en.js';
export { en as exemptions } from './exemptions.en.js';
export { en as readAccess } from './readAccess.en.js';
export { en as codes } from './codes.en.js';
export { en as blocks } from './blocks.en.js';
