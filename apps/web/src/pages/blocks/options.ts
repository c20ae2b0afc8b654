import { useTranslation } from 'react-i18next';
import { blockingHotlineKinds, blockingHotlines, misuseKinds, policeReportStates, type BlockingHotline } from '@skranke/domain';

export type MisuseKind = (typeof misuseKinds)[number];
export type PoliceReportState = (typeof policeReportStates)[number];

/** The labels of a blocking request's choices, from the domain's lists, so the API's enums and these stay one. */
export function useBlockOptions() {
  const { t } = useTranslation();
  const misuseLabel = (value: MisuseKind) => t(`blocks.misuse.${value}`);
  const hotlineLabel = (value: BlockingHotline) => t(`blocks.hotline.${value}`, { phone: blockingHotlines[value] });
  const policeReportLabel = (value: PoliceReportState) => t(`blocks.police.${value}`);
  return {
    misuseLabel,
    hotlineLabel,
    policeReportLabel,
    misuse: misuseKinds.map((value) => ({ value, label: misuseLabel(value) })),
    hotlines: blockingHotlineKinds.map((value) => ({ value, label: hotlineLabel(value) })),
    policeReport: policeReportStates.map((value) => ({ value, label: policeReportLabel(value) })),
  };
}
