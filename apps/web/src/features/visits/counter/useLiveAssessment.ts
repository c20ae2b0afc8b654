import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../../../api/errors';
import { api } from '../../../api/client';
import type { Assessment } from '../types';
import type { EvidenceResult } from './evidence';

export type Feedback =
  | { status: 'incomplete' }
  | { status: 'assessed'; assessment: Assessment }
  | { status: 'failed'; message: string };

/** Long enough not to ask the server on every key, short enough to feel immediate. */
const debounceMs = 250;

/**
 * Live rule feedback: the server's rule engine runs on the evidence a moment after the caseworker stops
 * typing. Answers that arrive after a newer question are dropped. Nothing is stored by asking.
 */
export function useLiveAssessment(visitId: number | null, evidence: () => EvidenceResult) {
  const [feedback, setFeedback] = useState<Feedback>({ status: 'incomplete' });
  const [checking, setChecking] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const asked = useRef(0);
  const current = useRef(evidence);
  current.current = evidence;

  const assessNow = useCallback(async () => {
    if (visitId === null) return;
    const question = ++asked.current;
    const result = current.current();
    if (!result.ok) {
      setChecking(false);
      setFeedback({ status: 'incomplete' });
      return;
    }
    setChecking(true);
    try {
      const assessment = await api.visits.assess.query({ id: visitId, evidence: result.evidence });
      if (question === asked.current) setFeedback({ status: 'assessed', assessment });
    } catch (error) {
      if (question === asked.current) setFeedback({ status: 'failed', message: messageOf(error) });
    } finally {
      if (question === asked.current) setChecking(false);
    }
  }, [visitId]);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void assessNow(), debounceMs);
  }, [assessNow]);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      // Whatever is still on its way belongs to a page that is gone.
      asked.current += 1;
    },
    [],
  );

  return { feedback, checking, schedule };
}
