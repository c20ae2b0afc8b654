import { useEffect, useRef, useState } from 'react';
import { Button, Descriptions, Flex, Select, Space, Typography } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useGetIdentity } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import { complaintTransitions, type ComplaintStatus, type MessageKey } from '@skranke/domain';
import type { Staff } from '../../../providers/authProvider';
import { api } from '../../../api/client';
import { useColleagues } from '../../../hooks/useColleagues';
import { OverdueTag, StatusTag } from '../tags';
import type { Complaint } from '../types';
import { useComplaintAction } from '../useComplaintAction';
import { ForwardDialog, type ForwardValues } from './ForwardDialog';

/** The button's words for a move: the same status is reached for different reasons. */
function transitionLabel(from: ComplaintStatus, to: ComplaintStatus): MessageKey {
  switch (to) {
    case 'inProgress':
      return from === 'received' ? 'complaints.transition.start' : from === 'closed' ? 'complaints.transition.reopen' : 'complaints.transition.resume';
    case 'forwarded':
      return 'complaints.transition.forward';
    case 'answered':
      return 'complaints.transition.answer';
    case 'closed':
      return 'complaints.transition.close';
    case 'received':
      return 'complaints.transition.resume';
  }
}

const assigneeSelectId = 'complaint-assignee';

/**
 * Where the complaint stands and what can happen next: status and deadline, who has it (and a way to hand
 * it on), and one button per move the workflow allows from here. What changed is said in a live region;
 * the focus moves to the next step, since the button just used is gone.
 */
export function FollowUp({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<Staff>();
  const colleagues = useColleagues();
  const assign = useComplaintAction(api.complaints.assign.mutate);
  const transition = useComplaintAction(api.complaints.transition.mutate);
  const [assignee, setAssignee] = useState<number | null>(complaint.assigneeId);
  const [forwarding, setForwarding] = useState(false);
  const [status, setStatus] = useState('');
  const nextSteps = useRef<HTMLDivElement>(null);
  const focusNextStep = useRef(false);

  useEffect(() => setAssignee(complaint.assigneeId), [complaint.assigneeId]);
  // Once the new status shows and the forwarding dialog (if any) has closed.
  useEffect(() => {
    if (!focusNextStep.current || forwarding) return;
    focusNextStep.current = false;
    nextSteps.current?.querySelector('button')?.focus();
  }, [complaint.status, forwarding]);

  const assignTo = async (assigneeId: number | null) => {
    setStatus('');
    const done = await assign.mutateAsync({ ids: [complaint.id], assigneeId }).catch(() => null);
    if (!done) return;
    const name = assigneeId === null ? undefined : (colleagues.nameOf(assigneeId) ?? (assigneeId === me?.id ? me.displayName : undefined));
    setStatus(name ? t('complaints.show.assigned', { name }) : t('complaints.show.unassignedDone'));
  };

  const move = async (to: ComplaintStatus, forward?: ForwardValues) => {
    setStatus('');
    focusNextStep.current = true;
    const done = await transition
      .mutateAsync({ id: complaint.id, to, forwardedVia: forward?.forwardedVia, comment: forward?.comment })
      .catch(() => null);
    if (!done) {
      focusNextStep.current = false;
      return;
    }
    setForwarding(false);
    setStatus(t('complaints.show.statusChanged', { status: t(`complaint.status.${to}`) }));
  };

  const moves = complaintTransitions[complaint.status];

  return (
    <>
      <Descriptions
        bordered
        column={1}
        styles={{ label: { width: 200 } }}
        items={[
          {
            key: 'status',
            label: t('complaints.fields.status'),
            children: (
              <Space wrap>
                <StatusTag status={complaint.status} />
                {complaint.overdue && <OverdueTag />}
              </Space>
            ),
          },
          {
            key: 'daysOpen',
            label: t('complaints.fields.daysOpen'),
            children: t('complaints.daysOpen', { count: complaint.daysOpen }),
          },
          {
            key: 'assignee',
            label: t('complaints.fields.assignee'),
            children: (
              <Flex gap={12} wrap align="center">
                <Typography.Text strong={Boolean(complaint.assigneeName)}>
                  {complaint.assigneeName ?? t('complaints.unassigned')}
                </Typography.Text>
                <Space wrap>
                  <label htmlFor={assigneeSelectId}>{t('complaints.show.assignTo')}</label>
                  <Select<number | null>
                    id={assigneeSelectId}
                    value={assignee}
                    onChange={setAssignee}
                    options={[{ value: null, label: t('complaints.assignee.nobody') }, ...colleagues.options]}
                    loading={colleagues.loading}
                    style={{ width: 320 }}
                  />
                  <Button
                    onClick={() => void assignTo(assignee)}
                    disabled={assignee === complaint.assigneeId}
                    loading={assign.isPending}
                  >
                    {t('complaints.show.assign')}
                  </Button>
                  {me && me.id !== complaint.assigneeId && (
                    <Button icon={<UserAddOutlined />} onClick={() => void assignTo(me.id)} disabled={assign.isPending}>
                      {t('complaints.show.assignMe')}
                    </Button>
                  )}
                </Space>
              </Flex>
            ),
          },
          {
            key: 'next',
            label: t('complaints.show.nextStep'),
            children: (
              <Flex gap={8} wrap ref={nextSteps}>
                {moves.map((to, index) => (
                  <Button
                    key={to}
                    type={index === 0 ? 'primary' : 'default'}
                    loading={transition.isPending && transition.variables?.to === to}
                    disabled={transition.isPending}
                    onClick={() => (to === 'forwarded' ? setForwarding(true) : void move(to))}
                  >
                    {t(transitionLabel(complaint.status, to))}
                  </Button>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      <Typography.Paragraph role="status" style={{ margin: '8px 0 0' }}>
        {status}
      </Typography.Paragraph>
      <ForwardDialog
        open={forwarding}
        complaintId={complaint.id}
        busy={transition.isPending}
        onForward={(values) => void move('forwarded', values)}
        onCancel={() => setForwarding(false)}
      />
    </>
  );
}
