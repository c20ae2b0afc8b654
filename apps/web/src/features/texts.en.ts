import type { FeatureName } from '@skranke/domain';
import { en as blocks } from './blocks/texts.en';
import { en as citizens } from './citizens/texts.en';
import { en as codes } from './codes/texts.en';
import { en as complaints } from './complaints/texts.en';
import { en as exemptions } from './exemptions/texts.en';
import { en as readAccess } from './readAccess/texts.en';
import { en as visits } from './visits/texts.en';
import type { featureTextsDa } from './texts';

/** Each case type's screen texts in English (its own chunk): a case type, or a text of one, missing does not compile. */
export const featureTextsEn = { citizens, visits, complaints, exemptions, readAccess, codes, blocks } satisfies {
  [Name in FeatureName]: Record<keyof (typeof featureTextsDa)[Name], string>;
};
