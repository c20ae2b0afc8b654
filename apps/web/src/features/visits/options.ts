import { useTranslation } from 'react-i18next';
import {
  assuranceLevels,
  mitIdServices,
  nemIdServices,
  verificationMethods,
  visitOutcomes,
} from '@skranke/domain';

/** Every choice of the visit forms and filters, labelled in the current language. */
export function useVisitOptions() {
  const { t } = useTranslation();
  return {
    services: [
      { label: t('visits.serviceGroup.mitId'), options: mitIdServices.map((s) => ({ value: s, label: t(`visits.service.${s}`) })) },
      // [seed] Still offered, so a request for them is recorded and refused with the reason.
      { label: t('visits.serviceGroup.nemId'), options: nemIdServices.map((s) => ({ value: s, label: t(`visits.service.${s}`) })) },
    ],
    methods: verificationMethods.map((m) => ({ value: m, label: t(`visits.method.${m}`) })),
    levels: assuranceLevels.map((l) => ({ value: l, label: t(`visits.level.${l}`) })),
    outcomes: visitOutcomes.map((o) => ({ value: o, label: t(`visits.outcome.${o}`) })),
  };
}
