import type { RouterOutputs } from '@skranke/api';

/** A row of the list: the citizen's name and masked CPR number joined in on the server; never the code. */
export type CodeListItem = RouterOutputs['codes']['list']['data'][number];
/** One code's state and times; never the code itself, nor its hash. */
export type Code = RouterOutputs['codes']['get'];
/** The one response that carries the code: held in the issuing dialog's state only, until it closes. */
export type IssuedCode = RouterOutputs['codes']['issue'];
