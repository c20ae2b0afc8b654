import type { FeatureName } from '../features.js';
import * as audit from './audit.js';
import * as common from './common.js';
import * as byFeature from './features.js';
import { mergeCatalogues } from './merge.js';
import * as reports from './reports.js';

/** Every case type's words (Danish): one missing does not compile. */
export const featureTermsDa = byFeature satisfies Record<FeatureName, Record<string, string>>;

/**
 * Skranke's words in Danish: the names of fields and values, the screens' texts, refusals and the audit vocabulary,
 * which the screens and the server's messages, CSV files and letters share (English: `english.ts`, apart, so the
 * browser's first load carries only the Danish; a test checks that every case type's words are in both).
 */
export const termsDa = /* @__PURE__ */ mergeCatalogues([common.da, reports.da, audit.da, .../* @__PURE__ */ Object.values(featureTermsDa)]);
