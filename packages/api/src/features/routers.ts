/** Each case type's router, one line each; `index.ts` checks them against the domain's features array. */
export { visitsRouter as visits } from './visits/router.js';
export { citizensRouter as citizens } from './citizens/router.js';
export { complaintsRouter as complaints } from './complaints/router.js';
export { exemptionsRouter as exemptions } from './exemptions/router.js';
export { codesRouter as codes } from './codes/router.js';
export { blocksRouter as blocks } from './blocks/router.js';
export { readAccessRouter as readAccess } from './readAccess/router.js';
