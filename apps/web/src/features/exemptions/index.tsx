import { Route } from 'react-router';
import { MailOutlined } from '@ant-design/icons';
import { Guarded, guardedRoute } from '../../components/Guarded';
import { i18n } from '../../i18n';
import { lazyPage } from '../../lazyPage';
import { api } from '../../api/client';
import type { WebFeature } from '../types';

const ExemptionCreate = lazyPage(() => import('./create'), 'ExemptionCreate');
const ExemptionLetter = lazyPage(() => import('./letter'), 'ExemptionLetter');
const ExemptionList = lazyPage(() => import('./list'), 'ExemptionList');
const ExemptionShow = lazyPage(() => import('./show'), 'ExemptionShow');

export const exemptionsFeature: WebFeature = {
  resource: () => ({
    name: 'exemptions',
    list: '/exemptions',
    create: '/exemptions/create',
    show: '/exemptions/:id',
    meta: { label: i18n.t('exemptions.menu'), icon: <MailOutlined /> },
  }),
  routes: (
    <>
      <Route path="/exemptions" element={<Guarded />}>
        <Route index element={<ExemptionList />} />
        <Route path="create" element={<ExemptionCreate />} />
        <Route path=":id" element={<ExemptionShow />} />
      </Route>
      {/* Not one of Refine's actions, so the check names the action it needs: reading the exemption. */}
      {guardedRoute('/exemptions/:id/letter', 'exemptions', 'show', ExemptionLetter)}
    </>
  ),
  // Deciding is a supervisor's, checked on the server; the show page offers it by role.
  counterActions: ['list', 'show', 'create'],
  // Decisions (decide, revoke) go through the exemption page's own calls; corrections are not offered yet.
  data: { list: api.exemptions.list, get: api.exemptions.get, create: api.exemptions.create },
};
