import { useEffect } from 'react';
import { useCan } from '@refinedev/core';
import { useNavigate } from 'react-router';

/** The counter's own key: the new-visit page. */
export const newVisitShortcut = 'Alt+N';

/**
 * Alt+N opens "Ny betjening" from anywhere, for those who may serve citizens. `code`, not `key`: on a Mac
 * Option+N types a dead key, and the key's place on the keyboard is what the caseworker learns.
 */
export function GlobalShortcuts() {
  const navigate = useNavigate();
  const { data: access } = useCan({ resource: 'visits', action: 'create' });
  const allowed = access?.can === true;

  useEffect(() => {
    if (!allowed) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyN') {
        event.preventDefault();
        void navigate('/visits/new');
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [allowed, navigate]);

  return null;
}
