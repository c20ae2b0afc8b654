import type { FeatureName } from '../features.js';
import * as audit from './audit.en.js';
import * as blocks from './blocks.en.js';
import * as citizens from './citizens.en.js';
import * as codes from './codes.en.js';
import * as common from './common.en.js';
import * as complaints from './complaints.en.js';
import * as exemptions from './exemptions.en.js';
import * as readAccess from './readAccess.en.js';
import * as reports from './reports.en.js';
import * as visits from './visits.en.js';
import type { featureTermsDa, termsDa } from './index.js';
import { mergeCatalogues } from './merge.js';

/** Every case type's terms in English, each with every Danish key: one missing does not compile. */
export const featureTermsEn = { citizens: citizens.en, visits: visits.en, complaints: complaints.en, exemptions: exemptions.en, readAccess: readAccess.en, codes: codes.en, blocks: blocks.en } satisfies {
  [Name in FeatureName]: Record<keyof (typeof featureTermsDa)[Name], string>;
};

/** The domain's terms in English. */
export const termsEn: Record<keyof typeof termsDa, string> = /* @__PURE__ */ mergeCatalogues([
  common.en,
  reports.en,
  audit.en,
  .../* @__PURE__ */ Object.values(featureTermsEn),
]);
