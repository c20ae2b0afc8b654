/** Each case type's words in English, one line each; `english.ts` checks them against the Danish. */
export { en as citizens } from '../citizens/terms.en.js';
export { en as visits } from '../visits/terms.en.js';
export { en as complaints } from '../complaints/terms.en.js';
export { en as exemptions } from '../exemptions/terms.en.js';
export { en as readAccess } from '../readAccess/terms.en.js';
export { en as codes } from '../codes/terms.en.js';
export { en as blocks } from '../blocks/terms.en.js';
