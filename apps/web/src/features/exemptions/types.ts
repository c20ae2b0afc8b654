import type { RouterOutputs } from '@skranke/api';

/** A row of the list: the citizen's name and masked CPR number joined in on the server. */
export type ExemptionListItem = RouterOutputs['exemptions']['list']['data'][number];
/** The full exemption with its ground, the citizen card and the staff names. */
export type Exemption = RouterOutputs['exemptions']['get'];
export type ExemptionGround = RouterOutputs['exemptions']['grounds'][number];
