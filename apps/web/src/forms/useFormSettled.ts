import { useEffect, useState } from 'react';

const notYet = Symbol('not settled');

/**
 * Refine's antd `useForm` resets the form in an effect: once after mounting and again when the record
 * arrives, wiping anything typed in between. This turns true once that reset has happened for `record`
 * (pass `formProps.initialValues`, Refine's own trigger), so the form can take input only from then on and
 * a fast typist, or a test runner, loses nothing.
 */
export function useFormSettled(record: unknown): boolean {
  const [settledFor, setSettledFor] = useState<unknown>(notYet);
  // Runs in the same effect flush as Refine's reset; the new state applies only after that flush.
  useEffect(() => setSettledFor(() => record), [record]);
  return settledFor === record;
}
