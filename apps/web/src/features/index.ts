import type { FeatureName } from '@skranke/domain';
import * as byName from './all';
import type { WebFeature } from './types';

/**
 * Every case type of the web app, keyed by the domain's features (a feature without its folder in `all.ts` does not
 * compile). The resources (in the array's order, the menu's), the routes, access control and the data provider are
 * built from it.
 */
export const webFeatures = byName satisfies Record<FeatureName, WebFeature>;
