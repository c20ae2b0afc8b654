/** Each case type's CSV export, one line each; `index.ts` checks them against the domain's features array. */
export { visitsExport as visits } from './visits/export.js';
export { citizensExport as citizens } from './citizens/export.js';
export { complaintsExport as complaints } from './complaints/export.js';
export { exemptionsExport as exemptions } from './exemptions/export.js';
export { codesExport as codes } from './codes/export.js';
export { blocksExport as blocks } from './blocks/export.js';
export { readAccessExport as readAccess } from './readAccess/export.js';
