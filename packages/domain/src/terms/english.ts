import * as audit from './audit.en.js';
import * as blocks from './blocks.en.js';
import * as citizens from './citizens.en.js';
import * as codes from './codes.en.js';
import * as common from './common.en.js';
import * as complaints from './complaints.en.js';
import * as exemptions from './exemptions.en.js';
import type { termsDa } from './index.js';
import { mergeCatalogues } from './merge.js';
import * as readAccess from './readAccess.en.js';
import * as reports from './reports.en.js';
import * as visits from './visits.en.js';

/** The domain's terms in English. */
export const termsEn: Record<keyof typeof termsDa, string> = /* @__PURE__ */ mergeCatalogues([
  common.en,
  reports.en,
  audit.en,
  citizens.en,
  visits.en,
  complaints.en,
  exemptions.en,
  readAccess.en,
  codes.en,
  blocks.en,
]);
