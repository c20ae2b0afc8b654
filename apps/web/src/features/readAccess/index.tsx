import { guardedRoute } from '../../components/Guarded';
import { i18n } from '../../i18n';
import { lazyPage } from '../../lazyPage';
import { api } from '../../api/client';
import type { WebFeature } from '../types';

const ReadAccessCreate = lazyPage(() => import('./create'), 'ReadAccessCreate');

export const readAccessFeature: WebFeature = {
  // Reached from the citizen's page only: no list, so no menu entry.
  resource: () => ({ name: 'readAccess', create: '/read-access/create', meta: { label: i18n.t('readAccess.section') } }),
  routes: guardedRoute('/read-access/create', 'readAccess', 'create', ReadAccessCreate),
  counterActions: ['list', 'show', 'create'],
  // Activating and revoking go through the citizen page's own calls.
  data: { list: api.readAccess.list, get: api.readAccess.get, create: api.readAccess.create },
};
