import { useTranslation } from 'react-i18next';
import { mitIdSupportPhone, policy } from '@skranke/domain';
import { formatDateTime } from '../../format';
import { telHref } from './phone';
import type { IssuedCode } from './types';
import '../../components/letter.css';

/**
 * The slip handed to the citizen: who it is for, the code, until when it works and where to get help. Shown
 * in the issuing dialog and, by the print stylesheet, printed alone. The page around it follows the UI
 * language; the slip is always Danish, like the letters.
 */
export function CodeSlip({ issued }: { issued: IssuedCode }) {
  const { t, i18n } = useTranslation();
  const da = i18n.getFixedT('da');
  return (
    <article className="code-slip" lang="da" aria-label={t('codes.issue.slipRegion')}>
      <h2>{da('codes.slip.heading')}</h2>
      <dl>
        <dt>{da('codes.slip.citizen')}</dt>
        <dd>{issued.citizenName}</dd>
        <dt>{da('codes.slip.cpr')}</dt>
        <dd className="code-slip-tabular">{issued.citizenCprMasked}</dd>
        <dt>{da('codes.slip.kind')}</dt>
        <dd>{da(`codes.kind.${issued.kind}`)}</dd>
      </dl>
      <p className="code-slip-label">{da('codes.slip.code')}</p>
      <p className="code-slip-code">{issued.code}</p>
      <dl>
        <dt>{da('codes.slip.expires')}</dt>
        <dd className="code-slip-tabular">{formatDateTime(issued.expiresAt)}</dd>
      </dl>
      <p>{da('codes.slip.use', { attempts: String(policy.codeMaxWrongEntries) })}</p>
      <p>
        <strong>{da('codes.slip.support')}</strong>
        <br />
        <a href={telHref(mitIdSupportPhone)}>{da('codes.slip.phone', { phone: mitIdSupportPhone })}</a>
        <br />
        {da('code.supportHours')}
      </p>
      <p className="code-slip-issued">{da('codes.slip.issued', { date: formatDateTime(issued.issuedAt) })}</p>
    </article>
  );
}
