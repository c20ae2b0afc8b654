import { TRPCClientError } from '@trpc/client';
import type { AppRouter } from '@skranke/api';

/** What every call outside Refine fails with; its message is already in the reader's language (see links.ts). */
export type ApiError = TRPCClientError<AppRouter>;

function isApiError(error: unknown): error is ApiError {
  return error instanceof TRPCClientError;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The server's message per input field (`evidence.documents.0.expiry`), for the form to show under each field. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return (isApiError(error) && error.data?.fieldErrors) || {};
}
