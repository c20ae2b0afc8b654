import type { FeatureName } from '../features.js';
import * as blocks from './blocks.js';
import * as blocksEn from './blocks.en.js';
import * as citizens from './citizens.js';
import * as citizensEn from './citizens.en.js';
import * as codes from './codes.js';
import * as codesEn from './codes.en.js';
import * as complaints from './complaints.js';
import * as complaintsEn from './complaints.en.js';
import * as exemptions from './exemptions.js';
import * as exemptionsEn from './exemptions.en.js';
import * as readAccess from './readAccess.js';
import * as readAccessEn from './readAccess.en.js';
import * as visits from './visits.js';
import * as visitsEn from './visits.en.js';

/** Every case type names its fields and values here, in both languages: one missing does not compile. */
export const featureTerms = {
  citizens: { ...citizens, ...citizensEn },
  visits: { ...visits, ...visitsEn },
  complaints: { ...complaints, ...complaintsEn },
  exemptions: { ...exemptions, ...exemptionsEn },
  readAccess: { ...readAccess, ...readAccessEn },
  codes: { ...codes, ...codesEn },
  blocks: { ...blocks, ...blocksEn },
} satisfies Record<FeatureName, { da: Record<string, string>; en: Record<string, string> }>;
