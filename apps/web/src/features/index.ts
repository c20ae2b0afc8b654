import type { FeatureName } from '@skranke/domain';
import { blocksFeature } from './blocks';
import { citizensFeature } from './citizens';
import { codesFeature } from './codes';
import { complaintsFeature } from './complaints';
import { exemptionsFeature } from './exemptions';
import { readAccessFeature } from './readAccess';
import { visitsFeature } from './visits';
import type { WebFeature } from './types';

/**
 * Every case type of the web app, keyed by the domain's features (a feature without its folder here does not
 * compile), in menu order. The resources, the routes, access control and the data provider are built from it.
 */
export const webFeatures: Record<FeatureName, WebFeature> = {
  visits: visitsFeature,
  citizens: citizensFeature,
  complaints: complaintsFeature,
  exemptions: exemptionsFeature,
  codes: codesFeature,
  blocks: blocksFeature,
  readAccess: readAccessFeature,
};
