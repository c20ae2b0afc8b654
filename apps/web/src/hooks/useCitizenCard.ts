import { skipToken, useQuery } from '@tanstack/react-query';
import type { RouterOutputs } from '@skranke/api';
import { trpc } from '../api/client';

export type CitizenCard = RouterOutputs['citizens']['card'];

/**
 * The citizen's card (name, masked CPR number, state) for pages that only need to say whose case it is:
 * not the full record, which holds the whole CPR number and is logged as a read of it.
 */
export function useCitizenCard(id: number | undefined) {
  return useQuery(trpc.citizens.card.queryOptions(id ? { id } : skipToken));
}
