import { Alert, Badge, Button, Group, NativeSelect, Paper, Skeleton, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent, IconPencil, IconPlus, IconTarget } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bakuToday, formatDate } from '../../../common/src/dates';
import {
  GOAL_AREAS, GOAL_STATUSES, PLAN_STATUSES, SERVICE_KINDS, SERVICE_STARTED, SERVICE_STATUSES,
  type GoalArea, type GoalStatus, type PlanStatus, type ServiceKind, type ServiceStatus,
} from '../../../common/src/shelters';
import { useSession } from '../app/session';
import { fieldErrors } from '../cases/formErrors';
import { DateField } from '../cases/inputs';
import { Facts, Section, SubTitle } from '../cases/layout';
import type { CaseDetail } from '../cases/types';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { careKindLabel } from '../shelters/labels';
import { DateText } from '../ui/DateText';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { careQuery, useAddGoal, useAddReview, useRequestService, useSavePlan, useUpdateGoal, useUpdateService, type CarePlan, type CareService, type Goal } from './api';

const STATUS_COLOURS: Record<ServiceStatus, string> = { requested: 'blue', in_progress: 'orange', provided: 'teal', declined: 'gray', unavailable: 'red', cancelled: 'gray' };
const GOAL_COLOURS: Record<GoalStatus, string> = { planned: 'blue', in_progress: 'orange', achieved: 'teal', not_achieved: 'red', dropped: 'gray' };

const label = (t: ReturnType<typeof useTranslation>['t'], group: string, code: string | null | undefined) =>
  code ? (t(`care.${group}.${code}` as never, { defaultValue: code } as never) as unknown as string) : '—';

const SERVICE_FIELDS = ['kind', 'requestedOn', 'status', 'details', 'providerOrgId', 'providerName', 'startedOn', 'completedOn', 'outcome'];

/** Asks for a service, or records one already given; or moves a service on. */
function ServiceForm({ caseId, service, opened, onClose }: { caseId: string; service: CareService | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const request = useRequestService(caseId);
  const update = useUpdateService(caseId);
  const mutation = service ? update : request;
  const [kind, setKind] = useState<ServiceKind | ''>(service?.kind ?? '');
  const [requestedOn, setRequestedOn] = useState(service?.requestedOn ?? bakuToday());
  const [status, setStatus] = useState<ServiceStatus>(service?.status ?? 'requested');
  const [details, setDetails] = useState(service?.details ?? '');
  const [providerOrgId, setProviderOrgId] = useState(service?.provider?.id ?? '');
  const [providerName, setProviderName] = useState(service?.providerName ?? '');
  const [startedOn, setStartedOn] = useState(service?.startedOn ?? '');
  const [completedOn, setCompletedOn] = useState(service?.completedOn ?? '');
  const [outcome, setOutcome] = useState(service?.outcome ?? '');
  const [checked, setChecked] = useState(false);
  const started = SERVICE_STARTED.includes(status);
  const missing = new Map<string, 'required'>();
  if (checked && !kind) missing.set('kind', 'required');
  if (checked && !requestedOn) missing.set('requestedOn', 'required');
  const errors = fieldErrors(t, mutation.error, missing);
  const submit = () => {
    setChecked(true);
    if (!kind || !requestedOn) return;
    const progress = {
      status, details: details.trim() || null, providerOrgId: providerOrgId || null, providerName: providerName.trim() || null,
      startedOn: startedOn || null, completedOn: completedOn || null, outcome: outcome.trim() || null,
    };
    const done = () => {
      notifications.show({ color: 'teal', message: t('care.service.saved') });
      onClose();
    };
    if (service) update.mutate({ id: service.id, revision: service.revision, ...progress }, { onSuccess: done });
    else request.mutate({ kind, requestedOn, ...progress }, { onSuccess: done });
  };
  return (
    <FormDrawer opened={opened} onClose={onClose} title={service ? t('care.service.editTitle', { kind: careKindLabel(t, service.kind) }) : t('care.service.addTitle')} submitLabel={t('common.save')} pending={mutation.isPending} onSubmit={submit}>
      {service ? (
        <Text size="sm">
          {careKindLabel(t, service.kind)} — {t('care.service.requestedOn')}: <DateText value={service.requestedOn} /> ({service.requestedBy.shortName})
        </Text>
      ) : (
        <>
          <NativeSelect
            label={t('care.service.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as ServiceKind | '')}
            data={[{ value: '', label: '—' }, ...SERVICE_KINDS.map((k) => ({ value: k, label: careKindLabel(t, k) }))]}
            required
            error={errors.at('kind')}
            data-autofocus
          />
          <DateField label={t('care.service.requestedOn')} value={requestedOn} onChange={setRequestedOn} required error={errors.at('requestedOn')} />
        </>
      )}
      <Textarea label={t('care.service.details')} value={details} onChange={(e) => setDetails(e.currentTarget.value)} autosize minRows={2} maxLength={4000} error={errors.at('details')} />
      <NativeSelect
        label={t('care.service.status')}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as ServiceStatus)}
        data={SERVICE_STATUSES.map((s) => ({ value: s, label: label(t, 'serviceStatus', s) }))}
        error={errors.at('status')}
      />
      <OrganisationSelect label={t('care.service.provider')} value={providerOrgId} onChange={setProviderOrgId} clearable required={started && !providerName.trim()} error={errors.at('providerOrgId')} />
      <TextInput label={t('care.service.providerName')} description={t('care.service.providerNameHint')} value={providerName} onChange={(e) => setProviderName(e.currentTarget.value)} maxLength={300} error={errors.at('providerName')} />
      <Group gap="sm" align="flex-start">
        <DateField label={t('care.service.startedOn')} value={startedOn} onChange={setStartedOn} required={started} error={errors.at('startedOn')} />
        <DateField label={t('care.service.completedOn')} value={completedOn} onChange={setCompletedOn} required={status === 'provided'} error={errors.at('completedOn')} />
      </Group>
      <Textarea label={t('care.service.outcome')} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} autosize minRows={2} maxLength={4000} error={errors.at('outcome')} />
      {mutation.isError && <ProblemAlert error={mutation.error} fields={SERVICE_FIELDS} />}
    </FormDrawer>
  );
}

function PlanForm({ caseId, plan, opened, onClose }: { caseId: string; plan: CarePlan | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const save = useSavePlan(caseId);
  const [status, setStatus] = useState<PlanStatus>(plan?.status ?? 'active');
  const [startedOn, setStartedOn] = useState(plan?.startedOn ?? bakuToday());
  const [responsibleOrgId, setResponsibleOrgId] = useState(plan?.responsible.id ?? user.organisation.id);
  const [nextReviewOn, setNextReviewOn] = useState(plan?.nextReviewOn ?? '');
  const [checked, setChecked] = useState(false);
  const missing = new Map<string, 'required'>();
  if (checked && !startedOn) missing.set('startedOn', 'required');
  if (checked && !responsibleOrgId) missing.set('responsibleOrgId', 'required');
  const errors = fieldErrors(t, save.error, missing);
  const submit = () => {
    setChecked(true);
    if (!startedOn || !responsibleOrgId) return;
    save.mutate(
      { ...(plan ? { revision: plan.revision } : {}), status, startedOn, responsibleOrgId, nextReviewOn: nextReviewOn || null },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('care.plan.saved') });
          onClose();
        },
      },
    );
  };
  return (
    <FormDrawer opened={opened} onClose={onClose} title={plan ? t('care.plan.editTitle') : t('care.plan.start')} submitLabel={t('common.save')} pending={save.isPending} onSubmit={submit}>
      <NativeSelect label={t('care.plan.status')} value={status} onChange={(e) => setStatus(e.currentTarget.value as PlanStatus)} data={PLAN_STATUSES.map((s) => ({ value: s, label: label(t, 'planStatus', s) }))} error={errors.at('status')} />
      <DateField label={t('care.plan.startedOn')} value={startedOn} onChange={setStartedOn} required error={errors.at('startedOn')} />
      <OrganisationSelect label={t('care.plan.responsible')} value={responsibleOrgId} onChange={setResponsibleOrgId} required error={errors.at('responsibleOrgId')} />
      <DateField label={t('care.plan.nextReviewOn')} value={nextReviewOn} onChange={setNextReviewOn} error={errors.at('nextReviewOn')} />
      {save.isError && <ProblemAlert error={save.error} fields={['status', 'startedOn', 'responsibleOrgId', 'nextReviewOn']} />}
    </FormDrawer>
  );
}

function GoalForm({ caseId, goal, opened, onClose }: { caseId: string; goal: Goal | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddGoal(caseId);
  const update = useUpdateGoal(caseId);
  const mutation = goal ? update : add;
  const [area, setArea] = useState<GoalArea | ''>(goal?.area ?? '');
  const [text, setText] = useState(goal?.text ?? '');
  const [responsibleOrgId, setResponsibleOrgId] = useState(goal?.responsible?.id ?? '');
  const [targetOn, setTargetOn] = useState(goal?.targetOn ?? '');
  const [status, setStatus] = useState<GoalStatus>(goal?.status ?? 'planned');
  const [checked, setChecked] = useState(false);
  const missing = new Map<string, 'required'>();
  if (checked && !area) missing.set('area', 'required');
  if (checked && !text.trim()) missing.set('text', 'required');
  const errors = fieldErrors(t, mutation.error, missing);
  const submit = () => {
    setChecked(true);
    if (!area || !text.trim()) return;
    const input = { area, text: text.trim(), responsibleOrgId: responsibleOrgId || null, targetOn: targetOn || null, status };
    const done = () => {
      notifications.show({ color: 'teal', message: t('care.goal.saved') });
      onClose();
    };
    if (goal) update.mutate({ id: goal.id, revision: goal.revision, ...input }, { onSuccess: done });
    else add.mutate(input, { onSuccess: done });
  };
  return (
    <FormDrawer opened={opened} onClose={onClose} title={goal ? t('care.goal.editTitle') : t('care.goal.addTitle')} submitLabel={t('common.save')} pending={mutation.isPending} onSubmit={submit}>
      <NativeSelect
        label={t('care.goal.area')}
        value={area}
        onChange={(e) => setArea(e.currentTarget.value as GoalArea | '')}
        data={[{ value: '', label: '—' }, ...GOAL_AREAS.map((a) => ({ value: a, label: careKindLabel(t, a) }))]}
        required
        error={errors.at('area')}
        data-autofocus
      />
      <Textarea label={t('care.goal.text')} value={text} onChange={(e) => setText(e.currentTarget.value)} required autosize minRows={3} maxLength={4000} error={errors.at('text')} />
      <OrganisationSelect label={t('care.goal.responsible')} value={responsibleOrgId} onChange={setResponsibleOrgId} clearable error={errors.at('responsibleOrgId')} />
      <DateField label={t('care.goal.targetOn')} value={targetOn} onChange={setTargetOn} error={errors.at('targetOn')} />
      <NativeSelect label={t('care.goal.status')} value={status} onChange={(e) => setStatus(e.currentTarget.value as GoalStatus)} data={GOAL_STATUSES.map((s) => ({ value: s, label: label(t, 'goalStatus', s) }))} error={errors.at('status')} />
      {mutation.isError && <ProblemAlert error={mutation.error} fields={['area', 'text', 'responsibleOrgId', 'targetOn', 'status']} />}
    </FormDrawer>
  );
}

function ReviewForm({ caseId, opened, onClose }: { caseId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddReview(caseId);
  const [heldOn, setHeldOn] = useState(bakuToday());
  const [summary, setSummary] = useState('');
  const [nextReviewOn, setNextReviewOn] = useState('');
  const [checked, setChecked] = useState(false);
  const missing = new Map<string, 'required'>();
  if (checked && !heldOn) missing.set('heldOn', 'required');
  if (checked && !summary.trim()) missing.set('summary', 'required');
  const errors = fieldErrors(t, add.error, missing);
  const submit = () => {
    setChecked(true);
    if (!heldOn || !summary.trim()) return;
    add.mutate(
      { heldOn, summary: summary.trim(), nextReviewOn: nextReviewOn || null },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('care.review.saved') });
          onClose();
        },
      },
    );
  };
  return (
    <FormDrawer opened={opened} onClose={onClose} title={t('care.review.addTitle')} submitLabel={t('common.save')} pending={add.isPending} onSubmit={submit}>
      <DateField label={t('care.review.heldOn')} value={heldOn} onChange={setHeldOn} required error={errors.at('heldOn')} />
      <Textarea label={t('care.review.summary')} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} required autosize minRows={3} maxLength={10_000} error={errors.at('summary')} data-autofocus />
      <DateField label={t('care.review.nextReviewOn')} value={nextReviewOn} onChange={setNextReviewOn} error={errors.at('nextReviewOn')} />
      {add.isError && <ProblemAlert error={add.error} fields={['heldOn', 'summary', 'nextReviewOn']} />}
    </FormDrawer>
  );
}

function ServicesTable({ services, canEdit, onEdit }: { services: CareService[]; canEdit: boolean; onEdit: (s: CareService) => void }) {
  const { t } = useTranslation();
  if (services.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('care.service.none')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('care.service.kind')}</Table.Th>
            <Table.Th>{t('care.service.status')}</Table.Th>
            <Table.Th>{t('care.service.requested')}</Table.Th>
            <Table.Th>{t('care.service.provider')}</Table.Th>
            <Table.Th>{t('care.service.when')}</Table.Th>
            <Table.Th>{t('care.service.outcome')}</Table.Th>
            {canEdit && <Table.Th>{t('table.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {services.map((s) => (
            <Table.Tr key={s.id} data-testid="service-row">
              <Table.Td>
                <Text size="sm" fw={600}>
                  {careKindLabel(t, s.kind)}
                </Text>
                {s.details && (
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                    {s.details}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOURS[s.status]} variant="light" tt="none" miw="max-content">
                  {label(t, 'serviceStatus', s.status)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <DateText value={s.requestedOn} /> <Text span size="xs" c="dimmed">({s.requestedBy.shortName})</Text>
              </Table.Td>
              <Table.Td>{[s.provider?.shortName, s.providerName].filter(Boolean).join(' — ') || '—'}</Table.Td>
              <Table.Td>
                {s.startedOn ? (
                  <>
                    <DateText value={s.startedOn} />
                    {s.completedOn && (
                      <>
                        {' – '}
                        <DateText value={s.completedOn} />
                      </>
                    )}
                  </>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {s.outcome ?? '—'}
                </Text>
              </Table.Td>
              {canEdit && (
                <Table.Td>
                  <Button size="compact-xs" variant="default" leftSection={<IconPencil size={12} aria-hidden />} onClick={() => onEdit(s)} aria-label={t('care.service.editNamed', { kind: careKindLabel(t, s.kind) })}>
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PlanBlock({ plan, abilities, onEditPlan, onGoal, onReview }: { plan: CarePlan; abilities: { editPlan: boolean; addGoal: boolean; updateGoal: boolean; addReview: boolean }; onEditPlan: () => void; onGoal: (g: Goal | null) => void; onReview: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {plan.reviewDue && (
        <Alert color="orange" variant="light" role="status" icon={<IconCalendarEvent aria-hidden />}>
          <Text size="sm">{t('care.plan.reviewDue', { date: formatDate(plan.nextReviewOn) })}</Text>
        </Alert>
      )}
      <Facts
        cols={4}
        items={[
          { term: t('care.plan.status'), value: label(t, 'planStatus', plan.status) },
          { term: t('care.plan.startedOn'), value: <DateText value={plan.startedOn} /> },
          { term: t('care.plan.responsible'), value: plan.responsible.shortName },
          { term: t('care.plan.nextReviewOn'), value: <DateText value={plan.nextReviewOn} /> },
        ]}
      />
      <Group gap="xs">
        {abilities.editPlan && (
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} onClick={onEditPlan}>
            {t('care.plan.edit')}
          </Button>
        )}
        {abilities.addGoal && (
          <Button size="xs" variant="default" leftSection={<IconTarget size={14} aria-hidden />} onClick={() => onGoal(null)}>
            {t('care.goal.add')}
          </Button>
        )}
        {abilities.addReview && (
          <Button size="xs" variant="default" leftSection={<IconCalendarEvent size={14} aria-hidden />} onClick={onReview}>
            {t('care.review.add')}
          </Button>
        )}
      </Group>
      <SubTitle>{t('care.goal.title')}</SubTitle>
      {plan.goals.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('care.goal.none')}
        </Text>
      ) : (
        <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {plan.goals.map((g) => (
            <Paper key={g.id} withBorder p="xs" component="li" data-testid="goal">
              <Group justify="space-between" gap="xs" align="flex-start">
                <Stack gap={2} style={{ flex: 1 }}>
                  <Text size="xs" c="dimmed">
                    {careKindLabel(t, g.area)}
                    {g.responsible && <> · {g.responsible.shortName}</>}
                    {g.targetOn && (
                      <>
                        {' · '}
                        {t('care.goal.targetOn')}: <DateText value={g.targetOn} />
                      </>
                    )}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {g.text}
                  </Text>
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <Badge color={GOAL_COLOURS[g.status]} variant="light" tt="none" miw="max-content">
                    {label(t, 'goalStatus', g.status)}
                  </Badge>
                  {abilities.updateGoal && (
                    <Button size="compact-xs" variant="subtle" onClick={() => onGoal(g)} aria-label={t('care.goal.editTitle')}>
                      <IconPencil size={12} aria-hidden />
                    </Button>
                  )}
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <SubTitle>{t('care.review.title')}</SubTitle>
      {plan.reviews.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('care.review.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {plan.reviews.map((r) => (
            <Paper key={r.id} withBorder p="xs">
              <Text size="xs" c="dimmed">
                <DateText value={r.heldOn} /> · {r.reviewedBy}
                {r.nextReviewOn && (
                  <>
                    {' · '}
                    {t('care.review.nextReviewOn')}: <DateText value={r.nextReviewOn} />
                  </>
                )}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {r.summary}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

type Editing = { kind: 'service'; service: CareService | null } | { kind: 'plan' } | { kind: 'goal'; goal: Goal | null } | { kind: 'review' } | null;

/** Services of a case (asked for, given by whom, when, with what outcome) and its individual rehabilitation and reintegration plan. */
export function CareSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const visible = detail.parts.includes('services');
  const query = useQuery({ ...careQuery(detail.id), enabled: visible });
  const [editing, setEditing] = useState<Editing>(null);
  if (!visible) return null;
  const data = query.data;
  return (
    <Section
      id="care"
      title={t('care.title')}
      actions={
        data?.abilities.requestService && (
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing({ kind: 'service', service: null })}>
            {t('care.service.add')}
          </Button>
        )
      }
    >
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton height={80} />}
      {data && (
        <Stack gap="xs">
          <SubTitle>{t('care.service.title')}</SubTitle>
          <ServicesTable services={data.services} canEdit={data.abilities.updateService} onEdit={(service) => setEditing({ kind: 'service', service })} />
          <SubTitle>{t('care.plan.title')}</SubTitle>
          {data.plan ? (
            <PlanBlock plan={data.plan} abilities={data.abilities} onEditPlan={() => setEditing({ kind: 'plan' })} onGoal={(goal) => setEditing({ kind: 'goal', goal })} onReview={() => setEditing({ kind: 'review' })} />
          ) : (
            <Group gap="sm">
              <Text size="sm" c="dimmed">
                {t('care.plan.none')}
              </Text>
              {data.abilities.editPlan && (
                <Button size="xs" variant="default" onClick={() => setEditing({ kind: 'plan' })}>
                  {t('care.plan.start')}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      )}
      {editing?.kind === 'service' && <ServiceForm caseId={detail.id} service={editing.service} opened onClose={() => setEditing(null)} />}
      {editing?.kind === 'plan' && <PlanForm caseId={detail.id} plan={data?.plan ?? null} opened onClose={() => setEditing(null)} />}
      {editing?.kind === 'goal' && <GoalForm caseId={detail.id} goal={editing.goal} opened onClose={() => setEditing(null)} />}
      {editing?.kind === 'review' && <ReviewForm caseId={detail.id} opened onClose={() => setEditing(null)} />}
    </Section>
  );
}
