import type { FeatureName } from '../features.js';
import * as audit from './audit.en.js';
import * as common from './common.en.js';
import * as byFeature from './features.en.js';
import type { featureTermsDa, termsDa } from './index.js';
import { mergeCatalogues } from './merge.js';
import * as reports from './reports.en.js';

/** Every case type's words in English, each with every Danish key: one missing does not compile. */
export const featureTermsEn = byFeature satisfies {
  [Name in FeatureName]: Record<keyof (typeof featureTermsDa)[Name], string>;
};

/** Skranke's words in English. */
export const termsEn: Record<keyof typeof termsDa, string> = /* @__PURE__ */ mergeCatalogues([
  common.en,
  reports.en,
  audit.en,
  .../* @__PURE__ */ Object.values(featureTermsEn),
]);
