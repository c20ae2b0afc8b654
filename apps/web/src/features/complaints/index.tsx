import { Route } from 'react-router';
import { ExceptionOutlined } from '@ant-design/icons';
import { Guarded, guardedRoute } from '../../components/Guarded';
import { i18n } from '../../i18n';
import { lazyPage } from '../../lazyPage';
import { api } from '../../api/client';
import type { WebFeature } from '../types';

const ComplaintCreate = lazyPage(() => import('./create'), 'ComplaintCreate');
const ComplaintEdit = lazyPage(() => import('./edit'), 'ComplaintEdit');
const ComplaintLetter = lazyPage(() => import('./letter'), 'ComplaintLetter');
const ComplaintList = lazyPage(() => import('./list'), 'ComplaintList');
const ComplaintShow = lazyPage(() => import('./show'), 'ComplaintShow');

export const complaintsFeature: WebFeature = {
  resource: () => ({
    name: 'complaints',
    list: '/complaints',
    create: '/complaints/create',
    show: '/complaints/:id',
    edit: '/complaints/:id/edit',
    meta: { label: i18n.t('complaints.menu'), icon: <ExceptionOutlined /> },
  }),
  routes: (
    <>
      <Route path="/complaints" element={<Guarded />}>
        <Route index element={<ComplaintList />} />
        <Route path="create" element={<ComplaintCreate />} />
        <Route path=":id" element={<ComplaintShow />} />
        <Route path=":id/edit" element={<ComplaintEdit />} />
      </Route>
      {/* Not one of Refine's actions, so the check names the action it needs: reading the complaint. */}
      {guardedRoute('/complaints/:id/letter', 'complaints', 'show', ComplaintLetter)}
    </>
  ),
  counterActions: ['list', 'show', 'create', 'edit'],
  // Follow-up (assign, transition, comment, attach) goes through the complaint pages' own calls.
  data: { list: api.complaints.list, get: api.complaints.get, create: api.complaints.create, update: api.complaints.update },
};
