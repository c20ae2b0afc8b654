import { useNotification } from '@refinedev/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/errors';

/**
 * A follow-up step beyond Refine's create/update (assign, transition, comment, attach) as a mutation, with the
 * server's translated message on failure. Like every change it resolves once the complaint's queries are
 * fetched again, so the status, the list and the timeline all show what was saved.
 */
export function useComplaintAction<TInput, TOutput>(
  procedure: (input: TInput) => Promise<TOutput>,
  /** `inline`: the caller shows the error beside the control instead of a notification. */
  errors: 'notify' | 'inline' = 'notify',
) {
  const { t } = useTranslation();
  const { open } = useNotification();
  return useMutation<TOutput, ApiError, TInput>({
    mutationFn: (input) => procedure(input),
    onError: (error) => {
      if (errors === 'notify') open?.({ type: 'error', message: t('complaints.actions.failed', { message: error.message }) });
    },
  });
}
