import type { RouterOutputs } from '@skranke/api';

/** A read access as listed: the receiver's CPR number masked, "expired" computed for today. */
export type ReadAccessItem = RouterOutputs['readAccess']['list']['data'][number];
