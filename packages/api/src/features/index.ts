import type { FeatureName } from '@skranke/domain';
import * as exports from './exports.js';
import * as routers from './routers.js';

/**
 * Each case type's router and CSV export, keyed by the domain's features: a feature added there without its line in
 * `routers.ts` and `exports.ts` does not compile. The root router and the export registry are built from these.
 */
export const featureRouters = routers satisfies Record<FeatureName, unknown>;
export const featureExports = exports satisfies Record<FeatureName, unknown>;
