import type { FeatureName } from '../features.js';
import { auditTerms } from './audit.js';
import { blocksTerms } from './blocks.js';
import { citizensTerms } from './citizens.js';
import { codesTerms } from './codes.js';
import { commonTerms } from './common.js';
import { complaintsTerms } from './complaints.js';
import { exemptionsTerms } from './exemptions.js';
import { readAccessTerms } from './readAccess.js';
import { reportsTerms } from './reports.js';
import { visitsTerms } from './visits.js';

/** Every case type names its fields and values here: one missing does not compile. */
export const featureTerms = {
  citizens: citizensTerms,
  visits: visitsTerms,
  complaints: complaintsTerms,
  exemptions: exemptionsTerms,
  readAccess: readAccessTerms,
  codes: codesTerms,
  blocks: blocksTerms,
} satisfies Record<FeatureName, { da: Record<string, string>; en: Record<string, string> }>;

type Terms = (typeof featureTerms)[FeatureName] | typeof commonTerms | typeof reportsTerms | typeof auditTerms;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type Catalogue = UnionToIntersection<Terms['da']>;

const all: Terms[] = [commonTerms, reportsTerms, auditTerms, ...Object.values(featureTerms)];

/**
 * The names of fields and values (a service, a status, a column), which the screens and the server's CSV files
 * and letters share: the domain's words, in Danish and English.
 */
export const terms = {
  da: Object.assign({}, ...all.map((t) => t.da)) as Catalogue,
  en: Object.assign({}, ...all.map((t) => t.en)) as Record<keyof Catalogue, string>,
};
