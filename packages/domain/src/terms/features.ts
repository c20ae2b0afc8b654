/** Each case type's words in Danish, one line each; `index.ts` checks them against the features array. */
export { da as citizens } from './citizens.js';
export { da as visits } from './visits.js';
export { da as complaints } from './complaints.js';
export { da as exemptions } from './exemptions.js';
export { da as readAccess } from './readAccess.js';
export { da as codes } from './codes.js';
export { da as blocks } from './blocks.js';
