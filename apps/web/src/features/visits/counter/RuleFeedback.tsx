import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRuleText } from '../ruleText';
import type { Feedback } from './useLiveAssessment';

type RuleFeedbackProps = { feedback: Feedback; checking: boolean };

const headingId = 'rule-feedback-heading';

/**
 * The rule check as it stands, in a polite live region: a screen reader hears the verdict once the
 * caseworker pauses, without losing their place. The Alerts inside are not alerts themselves.
 */
export function RuleFeedback({ feedback, checking }: RuleFeedbackProps) {
  const { t } = useTranslation();
  const ruleText = useRuleText();

  let content;
  if (feedback.status === 'incomplete') {
    content = <Alert role="none" type="info" showIcon message={t('visits.feedback.incomplete')} />;
  } else if (feedback.status === 'failed') {
    content = <Alert role="none" type="error" showIcon message={t('visits.feedback.failed', { message: feedback.message })} />;
  } else if (feedback.assessment.verified) {
    content = (
      <Alert
        role="none"
        type="success"
        showIcon
        message={t('visits.feedback.verified', { level: t(`visits.level.${feedback.assessment.level}`) })}
      />
    );
  } else {
    content = (
      <Alert
        role="none"
        type="warning"
        showIcon
        message={t('visits.feedback.broken')}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {feedback.assessment.violations.map((violation, i) => (
              <li key={`${violation.code}-${violation.path}-${i}`}>{ruleText(violation)}</li>
            ))}
          </ul>
        }
      />
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <Typography.Title level={3} id={headingId} style={{ fontSize: 16 }}>
        {t('visits.feedback.label')}
      </Typography.Title>
      <div role="status" aria-live="polite" aria-atomic="true" aria-busy={checking}>
        {content}
      </div>
    </section>
  );
}
