import type { HttpError } from '@refinedev/core';
import { TRPCClientError } from '@trpc/client';
import type { AppRouter } from '@skranke/api';
import { i18n } from '../i18n';

/**
 * Refine's error shape from a tRPC error. The server has already translated `message` and the field errors
 * into the caseworker's language; `errors` is what Refine's `useForm` puts under the form's fields.
 */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data;
    // No data: the request never got an answer from the API (network down, server restarting).
    if (!data) return { message: i18n.t('error.network'), statusCode: 503 };
    return { message: error.message, statusCode: data.httpStatus, code: data.code, errors: data.fieldErrors };
  }
  return { message: error instanceof Error ? error.message : String(error), statusCode: 500 };
}

/** Runs an API call outside Refine's data provider; a failure comes back as the same HttpError Refine's calls give. */
export async function callApi<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw toHttpError(error);
  }
}
