import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertOctagon, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../app/session';
import { ConfirmButton } from '../ui/ConfirmButton';
import { DataTable, type Column } from '../ui/DataTable';
import { DateText } from '../ui/DateText';
import { PageHeader } from '../ui/PageHeader';
import { accessRequestsQuery, useDecideAccess, useReviewEmergency } from './api';
import { AccessStatusBadge, EmergencyBadge } from './Badges';
import { fieldErrors } from './formErrors';
import { DateField } from './inputs';
import { Section } from './layout';
import type { AccessRequest } from './types';

function Reference({ request }: { request: AccessRequest }) {
  // The owner sees its case; the asking body only once access is granted.
  const opens = request.incoming || request.status === 'granted';
  return opens ? (
    <Anchor component={Link} to={`/cases/${request.caseId}`} size="sm" fw={600} ff="monospace">
      {request.reference}
    </Anchor>
  ) : (
    <Text span size="sm" ff="monospace">
      {request.reference}
    </Text>
  );
}

function StatusCell({ request }: { request: AccessRequest }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Group gap={4} wrap="nowrap">
        <AccessStatusBadge status={request.status} />
        {request.emergency && <EmergencyBadge />}
      </Group>
      {request.decidedAt && (
        <Text size="xs" c="dimmed">
          {t('cases.access.decidedAt')} <DateText value={request.decidedAt} withTime />
        </Text>
      )}
      {request.expiresAt && (
        <Text size="xs" c="dimmed">
          {t('cases.access.expiresAt')} <DateText value={request.expiresAt} withTime />
        </Text>
      )}
      {request.emergency && (
        <Text size="xs" c={request.reviewedAt ? 'dimmed' : 'red.9'} fw={request.reviewedAt ? undefined : 600}>
          {request.reviewedAt ? (
            <>
              {t('cases.access.reviewedAt')} <DateText value={request.reviewedAt} withTime />
            </>
          ) : (
            t('cases.access.awaitingReview')
          )}
        </Text>
      )}
    </Stack>
  );
}

function GrantButton({ request }: { request: AccessRequest }) {
  const { t } = useTranslation();
  const [expiresOn, setExpiresOn] = useState('');
  const decide = useDecideAccess();
  const errors = fieldErrors(t, decide.error, null);
  return (
    <ConfirmButton
      label={t('cases.access.grant')}
      title={t('cases.access.grantTitle', { reference: request.reference, body: request.askingOrg })}
      confirmLabel={t('cases.access.grant')}
      fields={['expiresOn']}
      buttonProps={{ size: 'compact-xs', variant: 'light', 'aria-label': t('cases.access.grantNamed', { reference: request.reference, body: request.askingOrg }) }}
      onOpen={() => {
        setExpiresOn('');
        decide.reset();
      }}
      onConfirm={async () => {
        await decide.mutateAsync({ grantId: request.id, decision: 'granted', expiresOn: expiresOn || null });
        notifications.show({ color: 'teal', message: t('cases.access.granted', { reference: request.reference }) });
      }}
    >
      <Text size="sm">{t('cases.access.grantMessage', { body: request.askingOrg })}</Text>
      <DateField label={t('cases.access.expiresOn')} description={t('cases.access.expiresOnHint')} value={expiresOn} onChange={setExpiresOn} error={errors.at('expiresOn')} />
    </ConfirmButton>
  );
}

function IncomingActions({ request }: { request: AccessRequest }) {
  const { t } = useTranslation();
  const decide = useDecideAccess();
  const review = useReviewEmergency();
  const named = { reference: request.reference, body: request.askingOrg };
  return (
    <Group gap={4} wrap="nowrap">
      {request.abilities.decide && <GrantButton request={request} />}
      {request.abilities.decide && (
        <ConfirmButton
          label={t('cases.access.refuse')}
          title={t('cases.access.refuseTitle', named)}
          confirmLabel={t('cases.access.refuse')}
          danger
          buttonProps={{ size: 'compact-xs', 'aria-label': t('cases.access.refuseNamed', named) }}
          onConfirm={async () => {
            await decide.mutateAsync({ grantId: request.id, decision: 'refused', expiresOn: null });
            notifications.show({ color: 'teal', message: t('cases.access.refused', { reference: request.reference }) });
          }}
        >
          <Text size="sm">{t('cases.access.refuseMessage', named)}</Text>
        </ConfirmButton>
      )}
      {request.abilities.revoke && (
        <ConfirmButton
          label={t('cases.access.revoke')}
          title={t('cases.access.revokeTitle', named)}
          confirmLabel={t('cases.access.revoke')}
          danger
          buttonProps={{ size: 'compact-xs', 'aria-label': t('cases.access.revokeNamed', named) }}
          onConfirm={async () => {
            await decide.mutateAsync({ grantId: request.id, decision: 'revoked', expiresOn: null });
            notifications.show({ color: 'teal', message: t('cases.access.revoked', { reference: request.reference }) });
          }}
        >
          <Text size="sm">{t('cases.access.revokeMessage', named)}</Text>
        </ConfirmButton>
      )}
      {request.abilities.review && (
        <ConfirmButton
          label={t('cases.access.review')}
          title={t('cases.access.reviewTitle', named)}
          confirmLabel={t('cases.access.markReviewed')}
          buttonProps={{ size: 'compact-xs', variant: 'light', color: 'red', 'aria-label': t('cases.access.reviewNamed', named) }}
          onConfirm={async () => {
            await review.mutateAsync(request.id);
            notifications.show({ color: 'teal', message: t('cases.access.reviewed', { reference: request.reference }) });
          }}
        >
          <Stack gap="xs">
            <Text size="sm">{t('cases.access.reviewMessage', { ...named, requester: request.requester })}</Text>
            <Text size="sm" fw={600}>
              {t('cases.access.reason')}:
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {request.reason}
            </Text>
          </Stack>
        </ConfirmButton>
      )}
    </Group>
  );
}

/** Access to cases: requests to the caller's body (decide, revoke, review emergencies) and its own requests. */
export function AccessRequestsPage() {
  const { t } = useTranslation();
  const canSearch = useCan('cases.search');
  const query = useQuery(accessRequestsQuery);
  const items = query.data?.items;
  const incoming = items?.filter((r) => r.incoming);
  const outgoing = items?.filter((r) => !r.incoming);
  const toReview = incoming?.filter((r) => r.abilities.review).length ?? 0;
  const toDecide = incoming?.filter((r) => r.abilities.decide).length ?? 0;

  const common: Column<AccessRequest>[] = [
    { key: 'reference', header: t('cases.field.reference'), render: (r) => <Reference request={r} />, sortValue: (r) => r.reference, nowrap: true },
    { key: 'createdAt', header: t('cases.access.requestedAt'), render: (r) => <DateText value={r.createdAt} withTime />, sortValue: (r) => r.createdAt, nowrap: true },
    { key: 'reason', header: t('cases.access.reason'), render: (r) => <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{r.reason}</Text> },
    { key: 'status', header: t('cases.access.status'), render: (r) => <StatusCell request={r} />, sortValue: (r) => r.status },
  ];
  const incomingColumns: Column<AccessRequest>[] = [
    common[0]!,
    { key: 'askingOrg', header: t('cases.access.askingBody'), render: (r) => r.askingOrg, sortValue: (r) => r.askingOrg },
    { key: 'requester', header: t('cases.access.requester'), render: (r) => r.requester, sortValue: (r) => r.requester },
    ...common.slice(1),
    { key: 'actions', header: t('table.actions'), render: (r) => <IncomingActions request={r} />, nowrap: true },
  ];
  const outgoingColumns: Column<AccessRequest>[] = [
    common[0]!,
    { key: 'ownerOrg', header: t('cases.field.owner'), render: (r) => r.ownerOrg, sortValue: (r) => r.ownerOrg },
    { key: 'requester', header: t('cases.access.requester'), render: (r) => r.requester, sortValue: (r) => r.requester },
    ...common.slice(1),
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('cases.access.title')}
        actions={
          canSearch && (
            <Button component={Link} to="/cases/search" variant="default" leftSection={<IconSearch size={16} aria-hidden />}>
              {t('cases.nav.search')}
            </Button>
          )
        }
      />
      {toReview > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertOctagon aria-hidden />} role="status">
          <Text size="sm">{t('cases.access.toReview', { count: toReview })}</Text>
        </Alert>
      )}
      <Section id="incoming" title={t('cases.access.incoming')}>
        <Text size="sm" c="dimmed" mb="sm">
          {toDecide > 0 ? t('cases.access.toDecide', { count: toDecide }) : t('cases.access.incomingHint')}
        </Text>
        <DataTable
          caption={t('cases.access.incoming')}
          columns={incomingColumns}
          rows={incoming}
          rowKey={(r) => r.id}
          loading={query.isFetching}
          error={query.error}
          onRetry={() => void query.refetch()}
          emptyTitle={t('cases.access.noneIncoming')}
        />
      </Section>
      <Section id="outgoing" title={t('cases.access.outgoing')}>
        <DataTable
          caption={t('cases.access.outgoing')}
          columns={outgoingColumns}
          rows={outgoing}
          rowKey={(r) => r.id}
          loading={query.isFetching}
          error={null}
          emptyTitle={t('cases.access.noneOutgoing')}
          emptyDescription={canSearch ? t('cases.access.noneOutgoingHint') : undefined}
        />
      </Section>
    </Stack>
  );
}
