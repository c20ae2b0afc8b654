import type { RouterOutputs } from '@skranke/api';

/** A row of the list: the citizen's CPR number only masked. */
export type VisitListItem = RouterOutputs['visits']['list']['data'][number];
/** The full record with its documents, witness (CPR masked), citizen card and audit history. */
export type Visit = RouterOutputs['visits']['get'];
/** What the counter shows of a citizen: never the full CPR number. */
export type CitizenCardData = NonNullable<RouterOutputs['citizens']['lookup']>;
export type Assessment = RouterOutputs['visits']['assess'];
export type RuleViolation = Assessment['violations'][number];
