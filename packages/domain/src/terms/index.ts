import * as audit from './audit.js';
import * as blocks from './blocks.js';
import * as citizens from './citizens.js';
import * as codes from './codes.js';
import * as common from './common.js';
import * as complaints from './complaints.js';
import * as exemptions from './exemptions.js';
import { mergeCatalogues } from './merge.js';
import * as readAccess from './readAccess.js';
import * as reports from './reports.js';
import * as visits from './visits.js';

/**
 * The names of fields and values (a service, a status, a column), which the screens and the server's CSV files
 * and letters share: the domain's words in Danish (English: `english.ts`, apart, so the browser's first load
 * carries only the Danish; a test checks that every case type's terms are in both).
 */
export const termsDa = /* @__PURE__ */ mergeCatalogues([common.da, reports.da, audit.da, citizens.da, visits.da, complaints.da, exemptions.da, readAccess.da, codes.da, blocks.da]);
