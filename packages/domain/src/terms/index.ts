import type { FeatureName } from '../features.js';
import * as audit from './audit.js';
import * as blocks from './blocks.js';
import * as citizens from './citizens.js';
import * as codes from './codes.js';
import * as common from './common.js';
import * as complaints from './complaints.js';
import * as exemptions from './exemptions.js';
import * as readAccess from './readAccess.js';
import * as reports from './reports.js';
import * as visits from './visits.js';
import { mergeCatalogues } from './merge.js';

/** Every case type names its fields and values (Danish): one missing does not compile. */
export const featureTermsDa = { citizens: citizens.da, visits: visits.da, complaints: complaints.da, exemptions: exemptions.da, readAccess: readAccess.da, codes: codes.da, blocks: blocks.da } satisfies Record<FeatureName, Record<string, string>>;

/**
 * The names of fields and values (a service, a status, a column), which the screens and the server's CSV files
 * and letters share: the domain's words in Danish (English: `english.ts`, apart, so the browser's first load
 * carries only the Danish; a test checks that every case type's terms are in both).
 */
export const termsDa = /* @__PURE__ */ mergeCatalogues([common.da, reports.da, audit.da, .../* @__PURE__ */ Object.values(featureTermsDa)]);
