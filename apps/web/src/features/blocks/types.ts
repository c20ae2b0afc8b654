import type { RouterOutputs } from '@skranke/api';

/** A row of the list: the citizen's name and masked CPR number joined in on the server. */
export type BlockListItem = RouterOutputs['blocks']['list']['data'][number];
/** The full blocking request with who took it and the citizen's name and masked CPR number. */
export type Block = RouterOutputs['blocks']['get'];
