import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { Alert, Button, Card, Col, Flex, Form, Result, Row, Space, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, KeyOutlined, StopOutlined, UserAddOutlined } from '@ant-design/icons';
import { useForm } from '@refinedev/antd';
import { useCreate, useWarnAboutChange, type HttpError } from '@refinedev/core';
import { useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { codeKindFor, maskCpr, type TCitizenInput, type VisitService } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { Page } from '../../components/Page';
import { fieldErrorsOf, messageOf } from '../../api/errors';
import { api } from '../../api/client';
import { CitizenForm, blankCitizen } from '../citizens/form';
import { IssueCodeDialog } from '../codes/IssueCodeDialog';
import type { CitizenListItem } from '../citizens/types';
import { CitizenCard } from './CitizenCard';
import { CprLookup } from './counter/CprLookup';
import { EvidenceForm, fieldId } from './counter/EvidenceForm';
import { RefusalForm } from './counter/RefusalForm';
import { RuleFeedback } from './counter/RuleFeedback';
import { StartForm } from './counter/StartForm';
import { defaultStart, startFor, toEvidence, toNamePath, type EvidenceValues, type StartValues } from './counter/evidence';
import { canAct, counterFlow, initialCounter, visitOpen, type Closed } from './counter/flow';
import { useLiveAssessment } from './counter/useLiveAssessment';
import { useDocumentKinds } from './useDocumentKinds';
import { useRuleText } from './ruleText';
import type { CitizenCardData } from './types';
import { Section } from '../../components/Section';

/** Each visit to this page starts afresh, also "Ny betjening" (Alt+N) from the page itself. */
export function VisitCounterPage() {
  const location = useLocation();
  return <VisitCounter key={location.key} />;
}


/**
 * "Ny betjening": the counter's one flow, made for the keyboard. CPR number + Enter → the citizen's card;
 * Enter → the visit starts (new MitID, CPR questions, BETYDELIG) with the focus on the licence's expiry
 * date; the date, Enter → the right answers; Ctrl+Enter → verified; Enter → "Udsted kode". Anything else is
 * Tab and Shift+Tab away. `?visit=` resumes a visit left open, `?citizen=` starts from a citizen's page (ids,
 * never a CPR number, in the address).
 */
function VisitCounter() {
  const { t } = useTranslation();
  const ruleText = useRuleText();
  const [searchParams] = useSearchParams();
  const citizenParam = Number(searchParams.get('citizen')) || null;
  const visitParam = Number(searchParams.get('visit')) || null;
  const documentKinds = useDocumentKinds();
  const hasExpiry = useCallback((kind: string | undefined) => documentKinds.kindOf(kind)?.hasExpiry ?? true, [documentKinds]);

  const [flow, dispatch] = useReducer(counterFlow, Boolean(citizenParam || visitParam), initialCounter);
  const { lookup, citizen, visitId, service, closed, busy, actionError, refusal } = flow;

  const refuseButton = useRef<HTMLButtonElement>(null);
  const [startForm] = Form.useForm<StartValues>();
  const [evidenceForm] = Form.useForm<EvidenceValues>();
  const method = Form.useWatch('method', startForm) ?? defaultStart.method;
  const { mutateAsync: createVisit } = useCreate();
  const { setWarnWhen } = useWarnAboutChange();

  const evidence = useCallback(
    () => toEvidence({ ...defaultStart, ...startForm.getFieldsValue(true) }, evidenceForm.getFieldsValue(true), hasExpiry),
    [startForm, evidenceForm, hasExpiry],
  );
  const { feedback, checking, schedule } = useLiveAssessment(visitId, evidence);
  const open = visitOpen(flow);

  useEffect(() => {
    if (!citizenParam || visitParam) return;
    api.citizens.card
      .query({ id: citizenParam })
      .then((card) => dispatch({ type: 'citizenFound', citizen: card }))
      .catch((error: unknown) => dispatch({ type: 'lookupFailed', message: messageOf(error) }));
  }, [citizenParam, visitParam]);

  // A visit left open, resumed where it stopped: its citizen, its service, the evidence still to record.
  useEffect(() => {
    if (!visitParam) return;
    api.visits.get
      .query({ id: visitParam })
      .then((visit) => {
        if (visit.outcome !== 'open') {
          dispatch({ type: 'lookupFailed', message: t('visits.resume.notOpen') });
          return;
        }
        startForm.setFieldsValue(startFor(visit.service));
        dispatch({ type: 'visitResumed', citizen: visit.citizen, visitId: visit.id, service: visit.service });
        setWarnWhen(true);
      })
      .catch((error: unknown) => dispatch({ type: 'lookupFailed', message: t('visits.resume.failed', { message: messageOf(error) }) }));
    // Once per page: the page is keyed by the location.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visitParam]);

  const onLookup = async (cpr: string): Promise<boolean> => {
    dispatch({ type: 'lookupStarted' });
    try {
      const card = await api.citizens.lookup.query({ cpr });
      dispatch(card ? { type: 'citizenFound', citizen: card } : { type: 'citizenNotFound', cpr });
      return card !== null;
    } catch (error) {
      dispatch({ type: 'lookupFailed', message: messageOf(error) });
      return false;
    }
  };

  const onCitizenCreated = async (id: number) => {
    try {
      dispatch({ type: 'citizenFound', citizen: await api.citizens.card.query({ id }) });
    } catch (error) {
      dispatch({ type: 'lookupFailed', message: messageOf(error) });
    }
  };

  const start = async ({ service }: StartValues) => {
    if (!citizen || busy) return;
    dispatch({ type: 'actionStarted', action: 'start' });
    try {
      const { data } = await createVisit({ resource: 'visits', values: { citizenId: citizen.id, service }, successNotification: false });
      dispatch({ type: 'visitStarted', visitId: Number(data.id), service });
      // An open visit is unfinished work: leaving the page asks first.
      setWarnWhen(true);
    } catch {
      // Refine's error notification has said what went wrong.
      dispatch({ type: 'actionFailed', message: null });
    }
  };

  // The first rule check, on the evidence form's defaults.
  useEffect(() => {
    if (visitId !== null) schedule();
  }, [visitId, schedule]);

  const close = (outcome: Closed) => {
    dispatch({ type: 'closed', closed: outcome });
    setWarnWhen(false);
    void refreshCitizen();
  };

  /** The card above the outcome tells the citizen as they are now (the visit closed, a code issued). */
  const refreshCitizen = async () => {
    if (!citizen) return;
    try {
      dispatch({ type: 'citizenRefreshed', citizen: await api.citizens.card.query({ id: citizen.id }) });
    } catch {
      // The card as it was stays; the outcome itself is saved.
    }
  };

  /** Any change to the evidence: no message about the form as it was stays beside the form as it is. */
  const evidenceChanged = () => {
    dispatch({ type: 'errorCleared' });
    const stale = evidenceForm.getFieldsError().filter((field) => field.errors.length > 0).map((field) => field.name);
    if (stale.length) void evidenceForm.validateFields(stale).catch(() => undefined);
    schedule();
  };

  const complete = async () => {
    if (visitId === null || !canAct(flow)) return;
    dispatch({ type: 'errorCleared' });
    const result = evidence();
    if (!result.ok) {
      // Every problem under its field, the focus on the first of them.
      await evidenceForm.validateFields().catch(() => undefined);
      const first = result.issues.find((issue) => document.getElementById(fieldId(...toNamePath(issue.path))));
      if (first) document.getElementById(fieldId(...toNamePath(first.path)))?.focus();
      else dispatch({ type: 'actionFailed', message: result.issues.map((issue) => t(issue.code)).join(' ') });
      return;
    }
    dispatch({ type: 'actionStarted', action: 'complete' });
    try {
      const { level } = await api.visits.complete.mutate({ id: visitId, evidence: result.evidence });
      close({ outcome: 'verified', level });
    } catch (error) {
      // The rules refused: the message names every broken rule; those about a field also go under it.
      dispatch({ type: 'actionFailed', message: messageOf(error) });
      const fields = Object.entries(fieldErrorsOf(error)).map(([path, message]) => ({
        name: toNamePath(path) as never,
        errors: [message],
      }));
      evidenceForm.setFields(fields);
    }
  };

  // Ctrl+Enter completes from anywhere in the flow (the refusal form has its own).
  const completeRef = useRef(complete);
  completeRef.current = complete;
  useEffect(() => {
    if (!open || refusal !== null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
        event.preventDefault();
        void completeRef.current();
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [open, refusal]);

  const openRefusal = async () => {
    if (visitId === null || !canAct(flow)) return;
    // A fresh check, not the last live one: the reason must match what is recorded.
    const result = evidence();
    let reason = '';
    if (result.ok) {
      try {
        const assessment = await api.visits.assess.query({ id: visitId, evidence: result.evidence });
        if (!assessment.verified) reason = assessment.violations.map(ruleText).join('\n');
      } catch {
        // Then the caseworker writes the reason.
      }
    }
    dispatch({ type: 'refusalOpened', reason });
  };

  const refuse = async (reason: string) => {
    if (visitId === null || !canAct(flow)) return;
    const result = evidence();
    dispatch({ type: 'actionStarted', action: 'refuse' });
    try {
      // What was shown is kept with the refusal when it is complete enough to record.
      await api.visits.refuse.mutate({ id: visitId, reason, evidence: result.ok ? result.evidence : undefined });
      close({ outcome: 'refused' });
    } catch (error) {
      dispatch({ type: 'actionFailed', message: t('visits.actions.failed', { message: messageOf(error) }) });
    }
  };

  const abort = async () => {
    if (visitId === null || !canAct(flow)) return;
    dispatch({ type: 'actionStarted', action: 'abort' });
    try {
      await api.visits.abort.mutate({ id: visitId });
      close({ outcome: 'aborted' });
    } catch (error) {
      dispatch({ type: 'actionFailed', message: t('visits.actions.failed', { message: messageOf(error) }) });
    }
  };

  return (
    <Page title={t('visits.new.title')}>
      <Typography.Paragraph type="secondary">
        {t('visits.keys.label')}: <Typography.Text keyboard>Alt+N</Typography.Text> {t('visits.keys.newVisit')} ·{' '}
        <Typography.Text keyboard>Enter</Typography.Text> {t('visits.keys.next')} ·{' '}
        <Typography.Text keyboard>Ctrl+Enter</Typography.Text> {t('visits.keys.complete')}
      </Typography.Paragraph>
      <Flex vertical style={{ maxWidth: 1100 }}>
        <Section title={t('visits.steps.citizen')}>
          <CprLookup
            disabled={visitId !== null}
            busy={lookup.status === 'busy'}
            autoFocus={!citizenParam}
            onLookup={onLookup}
          />
          {lookup.status === 'failed' && (
            <Alert type="error" showIcon message={t('visits.lookup.failed', { message: lookup.message })} />
          )}
          {(lookup.status === 'notFound' || lookup.status === 'creating') && (
            <NotFound
              cpr={lookup.cpr}
              creating={lookup.status === 'creating'}
              onCreate={() => dispatch({ type: 'citizenCreating' })}
              onCreated={(id) => void onCitizenCreated(id)}
            />
          )}
          {citizen && <CitizenCard citizen={citizen} currentVisitId={visitId} onChanged={() => void refreshCitizen()} />}
        </Section>

        {citizen && !closed && (
          <Section title={t('visits.steps.service')}>
            <StartForm
              key={citizen.id}
              form={startForm}
              started={visitId !== null}
              busy={busy === 'start'}
              onStart={(values) => void start(values)}
              onChange={() => open && evidenceChanged()}
            />
          </Section>
        )}

        {open && (
          <Section title={t('visits.steps.evidence')}>
            <Row gutter={[32, 16]}>
              <Col xs={24} lg={15}>
                <EvidenceForm
                  form={evidenceForm}
                  method={method}
                  hasExpiry={hasExpiry}
                  issues={() => {
                    const result = evidence();
                    return result.ok ? [] : result.issues;
                  }}
                  onChange={evidenceChanged}
                />
              </Col>
              <Col xs={24} lg={9}>
                <div style={{ position: 'sticky', top: 16 }}>
                  <RuleFeedback feedback={feedback} checking={checking} />
                </div>
              </Col>
            </Row>
            {actionError && (
              <Alert type="error" role="alert" showIcon message={actionError} style={{ margin: '16px 0' }} />
            )}
            {refusal === null ? (
              <Space wrap style={{ marginTop: 8 }}>
                <Button
                  type="primary"
                  icon={<CheckOutlined />}
                  loading={busy === 'complete'}
                  onClick={() => void complete()}
                  aria-keyshortcuts="Control+Enter"
                >
                  {t('visits.actions.complete')}
                </Button>
                <Button ref={refuseButton} danger icon={<StopOutlined />} onClick={() => void openRefusal()}>
                  {t('visits.actions.refuse')}
                </Button>
                <Button icon={<CloseOutlined />} loading={busy === 'abort'} onClick={() => void abort()}>
                  {t('visits.actions.abort')}
                </Button>
              </Space>
            ) : (
              <RefusalForm
                suggestedReason={refusal}
                busy={busy === 'refuse'}
                onRefuse={(reason) => void refuse(reason)}
                onCancel={() => {
                  dispatch({ type: 'refusalCancelled' });
                  // Back where the caseworker came from, once the button is there again.
                  requestAnimationFrame(() => refuseButton.current?.focus());
                }}
              />
            )}
          </Section>
        )}

        {closed && visitId !== null && citizen && (
          <Outcome closed={closed} visitId={visitId} service={service} citizen={citizen} onCodeIssued={() => void refreshCitizen()} />
        )}
      </Flex>
    </Page>
  );
}

function NotFound({
  cpr,
  creating,
  onCreate,
  onCreated,
}: {
  cpr: string;
  creating: boolean;
  onCreate: () => void;
  onCreated: (id: number) => void;
}) {
  const { t } = useTranslation();
  const createButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!creating) createButton.current?.focus();
  }, [creating]);

  return (
    <>
      <Alert
        type="info"
        role="status"
        showIcon
        message={t('visits.lookup.notFound', { cpr: maskCpr(cpr) })}
        action={
          !creating && (
            <Button ref={createButton} type="primary" icon={<UserAddOutlined />} onClick={onCreate}>
              {t('visits.lookup.create')}
            </Button>
          )
        }
        style={{ marginBottom: 16 }}
      />
      {creating && <InlineCitizenCreate cpr={cpr} onCreated={onCreated} />}
    </>
  );
}

/** The citizens form in place, the CPR number (10 digits) filled in; after saving, the visit goes on with the new citizen. */
function InlineCitizenCreate({ cpr, onCreated }: { cpr: string; onCreated: (id: number) => void }) {
  const { t } = useTranslation();
  const { formProps, formLoading } = useForm<CitizenListItem, HttpError, TCitizenInput>({
    resource: 'citizens',
    action: 'create',
    redirect: false,
    warnWhenUnsavedChanges: true,
    onMutationSuccess: ({ data }) => onCreated(data.id),
  });
  const initialValues = useMemo(() => ({ ...blankCitizen, cpr: `${cpr.slice(0, 6)}-${cpr.slice(6)}` }), [cpr]);

  return (
    <section aria-labelledby="create-citizen-heading" style={{ marginBottom: 16 }}>
      <Typography.Title level={3} id="create-citizen-heading" style={{ fontSize: 16 }}>
        {t('visits.lookup.createTitle')}
      </Typography.Title>
      <CitizenForm formProps={{ ...formProps, initialValues }} busy={formLoading} autoFocus="name" />
    </section>
  );
}

/** The end of the visit, and the next step a single Enter away: the code where the service hands one out, else the next visit. */
function Outcome({
  closed,
  visitId,
  service,
  citizen,
  onCodeIssued,
}: {
  closed: Closed;
  visitId: number;
  service: VisitService | null;
  citizen: CitizenCardData;
  onCodeIssued: () => void;
}) {
  const { t } = useTranslation();
  const next = useRef<HTMLAnchorElement>(null);
  const codeButton = useRef<HTMLButtonElement>(null);
  const [issuing, setIssuing] = useState(false);
  const offersCode = closed.outcome === 'verified' && service !== null && codeKindFor(service) !== null;
  useEffect(() => {
    (offersCode ? codeButton.current : next.current)?.focus();
  }, [offersCode]);

  const title =
    closed.outcome === 'verified'
      ? t('visits.result.verified', { level: t(`visits.level.${closed.level}`) })
      : t(`visits.result.${closed.outcome}`);

  // The focus lands on the next step, which is described by the outcome, so a screen reader reads both.
  return (
    <Card>
      <Result
        status={closed.outcome === 'verified' ? 'success' : closed.outcome === 'refused' ? 'warning' : 'info'}
        title={
          <Typography.Title level={2} id="visit-outcome" style={{ fontSize: 22, margin: 0 }}>
            {title}
          </Typography.Title>
        }
        extra={
          <Space wrap>
            {offersCode && (
              <Button ref={codeButton} type="primary" icon={<KeyOutlined />} aria-describedby="visit-outcome" onClick={() => setIssuing(true)}>
                {t('codes.issue.open')}
              </Button>
            )}
            <LinkButton ref={next} type={offersCode ? 'default' : 'primary'} to="/visits/new" aria-describedby="visit-outcome">
              {t('visits.result.newVisit')}
            </LinkButton>
            <LinkButton to={`/visits/${visitId}`}>{t('visits.result.show')}</LinkButton>
          </Space>
        }
      />
      {issuing && service && (
        <IssueCodeDialog
          visitId={visitId}
          kind={codeKindFor(service) ?? undefined}
          citizen={citizen}
          onClose={() => {
            setIssuing(false);
            onCodeIssued();
            next.current?.focus();
          }}
        />
      )}
    </Card>
  );
}
