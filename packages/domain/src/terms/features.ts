/** Each case type's words in Danish, one line each; `index.ts` checks them against the features array. */
export { da as citizens } from '../citizens/terms.js';
export { da as visits } from '../visits/terms.js';
export { da as complaints } from '../complaints/terms.js';
export { da as exemptions } from '../exemptions/terms.js';
export { da as readAccess } from '../readAccess/terms.js';
export { da as codes } from '../codes/terms.js';
export { da as blocks } from '../blocks/terms.js';
