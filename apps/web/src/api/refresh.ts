import { keys } from '@refinedev/core';
import type { QueryClient } from '@tanstack/react-query';
import type { FeatureName } from '@skranke/domain';

/** A change to one case type that also changes another's records on the server. */
const alsoChanges: Partial<Record<string, readonly FeatureName[]>> = {
  // An issued code is shown on the visit it was issued from.
  codes: ['visits'],
  // A block revokes the citizen's active codes.
  blocks: ['codes'],
  // A closed visit changes the citizen's card (verified today, open visits).
  visits: ['citizens'],
};

/**
 * Fetches again everything on screen of the case type a procedure belongs to (`codes.redeem` → codes, and
 * what a change to codes also changes), from Refine's cache and the procedures' alike.
 */
export function refreshCaseType(queryClient: QueryClient, procedure: string): Promise<unknown> {
  const [changed = ''] = procedure.split('.');
  const names = [changed, ...(alsoChanges[changed] ?? [])];
  return Promise.all(
    names.flatMap((name) => [
      // tRPC's keys begin with the procedure's path split at its dots.
      queryClient.invalidateQueries({ queryKey: [[name]] }),
      queryClient.invalidateQueries({ queryKey: keys().data('default').resource(name).get() }),
    ]),
  );
}
