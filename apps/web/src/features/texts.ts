import type { FeatureName } from '@skranke/domain';
import { da as blocks } from './blocks/texts.da';
import { da as citizens } from './citizens/texts.da';
import { da as codes } from './codes/texts.da';
import { da as complaints } from './complaints/texts.da';
import { da as exemptions } from './exemptions/texts.da';
import { da as readAccess } from './readAccess/texts.da';
import { da as visits } from './visits/texts.da';

/** Each case type's screen texts in Danish (bundled), by the domain's features: one without them does not compile. */
export const featureTextsDa = { citizens, visits, complaints, exemptions, readAccess, codes, blocks } satisfies Record<FeatureName, Record<string, string>>;
