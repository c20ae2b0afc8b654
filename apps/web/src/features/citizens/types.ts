import type { RouterOutputs } from '@skranke/api';

/** A row of the list: the CPR number only masked. */
export type CitizenListItem = RouterOutputs['citizens']['list']['data'][number];
/** The full record, CPR number included; reading it is logged. */
export type Citizen = RouterOutputs['citizens']['get'];
