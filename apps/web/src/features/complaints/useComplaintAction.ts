import { useInvalidate, useNotification, type HttpError } from '@refinedev/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../providers/httpError';

/**
 * A follow-up step beyond Refine's create/update (assign, transition, comment, attach) as a mutation: the
 * server's translated message on failure, and every complaint query of the page refetched on success, so
 * the status, the list and the timeline all show what was saved. Resolves only once that refetch is done.
 */
export function useComplaintAction<TInput, TOutput>(
  procedure: (input: TInput) => Promise<TOutput>,
  /** `inline`: the caller shows the error beside the control instead of a notification. */
  errors: 'notify' | 'inline' = 'notify',
) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const { open } = useNotification();
  return useMutation<TOutput, HttpError, TInput>({
    mutationFn: (input) => callApi(() => procedure(input)),
    onSuccess: () => invalidate({ resource: 'complaints', invalidates: ['resourceAll'] }),
    onError: (error) => {
      if (errors === 'notify') open?.({ type: 'error', message: t('complaints.actions.failed', { message: error.message }) });
    },
  });
}
