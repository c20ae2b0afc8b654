import { Route } from 'react-router';
import { KeyOutlined } from '@ant-design/icons';
import { Guarded } from '../../components/Guarded';
import { i18n } from '../../i18n';
import { lazyPage } from '../../lazyPage';
import { api } from '../../api/client';
import type { WebFeature } from '../types';

const CodeList = lazyPage(() => import('./list'), 'CodeList');
const CodeShow = lazyPage(() => import('./show'), 'CodeShow');

export const codesFeature: WebFeature = {
  // Issued from a verified visit's page, so no create page.
  resource: () => ({ name: 'codes', list: '/codes', show: '/codes/:id', meta: { label: i18n.t('codes.menu'), icon: <KeyOutlined /> } }),
  routes: (
    <Route path="/codes" element={<Guarded />}>
      <Route index element={<CodeList />} />
      <Route path=":id" element={<CodeShow />} />
    </Route>
  ),
  // "create" is issuing, from a verified visit's page; revoking and redeeming are the code page's own actions.
  counterActions: ['list', 'show', 'create'],
  // Codes are issued only through the visit page's own call, never Refine's `create`: the issue response is the one
  // that carries the code, and Refine's mutation cache would keep it after the dialog has closed.
  data: { list: api.codes.list, get: api.codes.get },
};
