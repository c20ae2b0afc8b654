import { useTranslation } from 'react-i18next';
import {
  blockCredentials,
  blockRoutePhones,
  blockRoutes,
  blockStatuses,
  misuseKinds,
  policeReportStates,
  type BlockCredential,
  type BlockRoute,
  type BlockStatus,
} from '@skranke/domain';

export type MisuseKind = (typeof misuseKinds)[number];
export type PoliceReportState = (typeof policeReportStates)[number];

/**
 * The labels of a blocking request's choices, from the domain's lists, so the API's enums and these stay one.
 * A route's phone number comes from the domain too: the texts only say where it goes.
 */
export function useBlockOptions() {
  const { t } = useTranslation();
  const misuseLabel = (value: MisuseKind) => t(`blocks.misuse.${value}`);
  const credentialLabel = (value: BlockCredential) => t(`blocks.credential.${value}`);
  const routeName = (value: BlockRoute) => t(`blocks.route.${value}`);
  const routeLabel = (value: BlockRoute) => {
    const phone = blockRoutePhones[value];
    return phone ? t('blocks.route.withPhone', { route: routeName(value), phone }) : routeName(value);
  };
  const statusLabel = (value: BlockStatus) => t(`blocks.status.${value}`);
  const policeReportLabel = (value: PoliceReportState) => t(`blocks.police.${value}`);
  const routeOptions = (routes: readonly BlockRoute[]) => routes.map((value) => ({ value, label: routeLabel(value) }));
  return {
    misuseLabel,
    credentialLabel,
    routeName,
    routeLabel,
    statusLabel,
    policeReportLabel,
    routeOptions,
    misuse: misuseKinds.map((value) => ({ value, label: misuseLabel(value) })),
    credentials: blockCredentials.map((value) => ({ value, label: credentialLabel(value) })),
    routes: routeOptions(blockRoutes),
    statuses: blockStatuses.map((value) => ({ value, label: statusLabel(value) })),
    policeReport: policeReportStates.map((value) => ({ value, label: policeReportLabel(value) })),
  };
}
