/** Each case type's folder, one line each; `index.ts` checks them against the domain's features array. */
export { visitsFeature as visits } from './visits';
export { citizensFeature as citizens } from './citizens';
export { complaintsFeature as complaints } from './complaints';
export { exemptionsFeature as exemptions } from './exemptions';
export { codesFeature as codes } from './codes';
export { blocksFeature as blocks } from './blocks';
export { readAccessFeature as readAccess } from './readAccess';
