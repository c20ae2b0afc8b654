import type { FeatureName } from '@skranke/domain';
import { blocksExport } from './blocks/export.js';
import { blocksRouter } from './blocks/router.js';
import { citizensExport } from './citizens/export.js';
import { citizensRouter } from './citizens/router.js';
import { codesExport } from './codes/export.js';
import { codesRouter } from './codes/router.js';
import { complaintsExport } from './complaints/export.js';
import { complaintsRouter } from './complaints/router.js';
import { exemptionsExport } from './exemptions/export.js';
import { exemptionsRouter } from './exemptions/router.js';
import { readAccessExport } from './readAccess/export.js';
import { readAccessRouter } from './readAccess/router.js';
import { visitsExport } from './visits/export.js';
import { visitsRouter } from './visits/router.js';

/**
 * Each case type's router and CSV export, keyed by the domain's features: a feature added there without its folder
 * here does not compile. The root router and the export registry are built from these two records.
 */
export const featureRouters = {
  citizens: citizensRouter,
  visits: visitsRouter,
  complaints: complaintsRouter,
  exemptions: exemptionsRouter,
  readAccess: readAccessRouter,
  codes: codesRouter,
  blocks: blocksRouter,
} satisfies Record<FeatureName, unknown>;

export const featureExports = {
  citizens: citizensExport,
  visits: visitsExport,
  complaints: complaintsExport,
  exemptions: exemptionsExport,
  readAccess: readAccessExport,
  codes: codesExport,
  blocks: blocksExport,
} satisfies Record<FeatureName, unknown>;
