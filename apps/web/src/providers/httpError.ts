import type { HttpError } from '@refinedev/core';
import { TRPCClientError } from '@trpc/client';
import type { AppRouter } from '@skranke/api';
import { fieldErrorsOf, messageOf } from '../api/errors';

/** Refine's error shape, for its data and auth providers: `errors` is what `useForm` puts under the fields. */
export function toHttpError(error: unknown): HttpError {
  const data = error instanceof TRPCClientError ? (error as TRPCClientError<AppRouter>).data : undefined;
  // No answer from the API at all: the network link has said so in the message.
  if (!data) return { message: messageOf(error), statusCode: error instanceof TRPCClientError ? 503 : 500 };
  return { message: messageOf(error), statusCode: data.httpStatus, code: data.code, errors: fieldErrorsOf(error) };
}
